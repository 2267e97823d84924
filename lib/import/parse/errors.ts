// Typed failures of the print-page parser, so callers (CLI, upload form) can tell them apart.

export const PAGE_PARSE_ERROR_CODES = ["EMPTY_INPUT", "NO_STORY"] as const;
export type TPageParseErrorCode = (typeof PAGE_PARSE_ERROR_CODES)[number];

export class PageParseError extends Error {
  readonly code: TPageParseErrorCode;

  constructor(code: TPageParseErrorCode, message: string) {
    super(message);
    this.name = "PageParseError";
    this.code = code;
  }
}
