// Typed errors of the domain: a stable code for programs, a message for people.
export const APP_ERROR_CODES = [
  "INVALID_INPUT",
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "PAGE_ALREADY_IMPORTED",
  "IMPORTED_STORIES_EDITED",
  "CONTINUATION_NOT_MATCHED",
] as const;
export type TAppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: TAppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
