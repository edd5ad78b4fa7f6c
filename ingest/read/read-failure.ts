/** Why a file could not be read: a stable code for programs and tests, a sentence for people. */

export const READ_ERROR_CODES = [
  'UNSUPPORTED_FORMAT',
  'CANNOT_READ',
  'TOO_LARGE',
  'EMPTY',
  'BINARY',
  'TRUNCATED',
  'UNDECODABLE',
  'NO_TEXT_LAYER',
  'ENCRYPTED',
  'CORRUPT',
  'NO_ARTICLE',
] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

export interface ReadFailure {
  ok: false;
  code: ReadErrorCode;
  reason: string;
}

export function readFailure(code: ReadErrorCode, reason: string): ReadFailure {
  return { ok: false, code, reason };
}

/**
 * An error's name and message, read structurally: errors thrown by a package loaded through Node's own require come
 * from another realm when this code runs in a sandbox (a test runner), where `instanceof Error` is false.
 */
export function errorDetails(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    if (typeof message === 'string') return { name: typeof name === 'string' ? name : '', message };
  }
  return { name: '', message: String(error) };
}
