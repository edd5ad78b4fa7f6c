/** One CSV field quoted per RFC 4180: quoted when it holds a comma, a quote or a line break; quotes inside doubled. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
