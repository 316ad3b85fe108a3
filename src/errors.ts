// KgError: the one error type for fatal, user-facing problems. Each has a code from a closed set,
// so tests and the CLI match the kind of error, not its wording. Messages follow the house style
// "<module>: <what happened>. <what to do>." and fit on one line.

export const ERROR_CODES = [
  'INPUT_NOT_FOUND',
  'INPUT_EMPTY',
  'INPUT_BINARY',
  'INPUT_TOO_LARGE',
  'INPUT_UNSUPPORTED',
  'NO_SUPPORTED_FILES',
  'FETCH_FAILED',
  'NOTHING_EXTRACTED',
  'CONFIG_INVALID',
  'STORE_UNREACHABLE',
  'STORE_FAILED',
  'STORE_NO_CYPHER',
  'QUERY_INVALID',
  'QUERY_WRITE_REFUSED',
  'QUERY_TIMEOUT',
  'NOT_FOUND',
  'BAD_REQUEST',
  'OUTPUT_FAILED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class KgError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KgError';
    this.code = code;
  }
}

export function isKgError(value: unknown, code?: ErrorCode): value is KgError {
  return value instanceof KgError && (code === undefined || value.code === code);
}

/** One line, whatever was thrown: for the CLI and the server's error bodies. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
