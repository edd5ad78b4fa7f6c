/** Structured logs: one JSON object per line on stderr (or any sink), so a log shipper can read them as they come. */

export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function createJsonLogger(write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const emit = (level: 'info' | 'error', message: string, fields: LogFields = {}) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields })}\n`);
  return {
    info: (message, fields) => emit('info', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}

/** An error's details for the log (never for clients): name, message, code and stack. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: String(error) };
  const code = (error as Error & { code?: unknown }).code;
  return {
    error: { name: error.name, message: error.message, ...(code === undefined ? {} : { code }), stack: error.stack },
  };
}
