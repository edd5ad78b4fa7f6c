/** The text to show for a failure: an ApiError already carries the server's message. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
