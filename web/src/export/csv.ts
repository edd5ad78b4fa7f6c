/** Writes tables as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they need it). */

export type CsvCell = string | number | boolean | null | undefined;

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The file body to download: a UTF-8 byte order mark first, because spreadsheet programs on Chinese Windows read a
 * CSV without it as GBK and show the Chinese as mojibake.
 */
export function csvFileText(rows: readonly (readonly CsvCell[])[]): string {
  return '\ufeff' + toCsv(rows);
}
