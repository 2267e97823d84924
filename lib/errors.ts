// The one error type of the domain, used by the newsroom, the importer and the admin desk alike: a stable
// code for programs, the HTTP status it maps to, a message for the person using the product (zh-CN)
// and one for the operator reading logs or a command line (English where it helps; defaults to the user's).
export const APP_ERROR_STATUS = {
  INVALID_INPUT: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  PAGE_ALREADY_IMPORTED: 409,
  IMPORTED_STORIES_EDITED: 409,
  CONTINUATION_NOT_MATCHED: 422,
} as const;
export type TAppErrorCode = keyof typeof APP_ERROR_STATUS;
export const APP_ERROR_CODES = Object.keys(APP_ERROR_STATUS) as TAppErrorCode[];

export interface TAppErrorOptions {
  /** For logs and command lines; the user message is used when absent. */
  operatorMessage?: string;
  /** Machine-readable context (e.g. the other editor's draft on a conflict). */
  details?: unknown;
  cause?: unknown;
}

export class AppError extends Error {
  override name = "AppError";
  readonly status: number;
  readonly userMessage: string;
  readonly operatorMessage: string;
  readonly details: unknown;

  constructor(
    readonly code: TAppErrorCode,
    userMessage: string,
    options: TAppErrorOptions = {},
  ) {
    super(options.operatorMessage ?? userMessage, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = APP_ERROR_STATUS[code];
    this.userMessage = userMessage;
    this.operatorMessage = options.operatorMessage ?? userMessage;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
