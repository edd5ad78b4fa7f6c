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
