// What an uploaded page image may be: limits checked before anything is decoded or stored.
/** A printed page as a PDF or a scan: generous, but bounded so one upload cannot fill the memory. */
export const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;
/** Refused before decoding (a decompression bomb declares its size in its header). */
export const MAX_INPUT_PIXELS = 100_000_000;
/** Narrower than this, a page is unreadable and regions cannot be drawn on it. */
export const MIN_WIDTH = 400;
/** Rendition widths: a phone (1200) and a large screen or zoom (2000). Never enlarged. */
export const RENDITION_WIDTHS = [1200, 2000] as const;
/** pdftoppm renders the page's longer side at this many pixels (≈ 150 dpi on a broadsheet page). */
export const PDF_LONG_SIDE_PIXELS = 2800;
/** pdftoppm is killed after this long: a hostile or broken PDF must not hold an upload forever. */
export const PDF_TIMEOUT_MS = 30_000;
