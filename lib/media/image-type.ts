// Decides what an upload is from its first bytes, never from its name or the browser's claim.
export type TImageType = "jpeg" | "png" | "webp" | "gif" | "avif";
export type TSniffResult = { kind: "image"; type: TImageType } | { kind: "svg" } | { kind: "unknown" };

export const IMAGE_CONTENT_TYPES: Record<TImageType, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
};

/** The extension an original of each type is stored under (`media/<hash>/original.<extension>`). */
export const IMAGE_EXTENSIONS: Record<TImageType, string> = { jpeg: "jpg", png: "png", webp: "webp", gif: "gif", avif: "avif" };

/** The type of a stored original from its content type, null for anything else. */
export function imageTypeOfContentType(contentType: string): TImageType | null {
  const found = Object.entries(IMAGE_CONTENT_TYPES).find(([, value]) => value === contentType);
  return found ? (found[0] as TImageType) : null;
}

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** ISO-BMFF brands that mean an AVIF still image or sequence. */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return false;
  const boxSize = Math.min(bytes.length, ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0));
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.includes("avif") || brands.includes("avis");
}

/** SVG is XML text: refused, since an SVG can carry script and is never served as one. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return head.startsWith("<svg") || ((head.startsWith("<?xml") || head.startsWith("<!doctype svg") || head.startsWith("<!--")) && head.includes("<svg"));
}

export function sniffImageType(bytes: Uint8Array): TSniffResult {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { kind: "image", type: "jpeg" };
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, index) => bytes[index] === byte))
    return { kind: "image", type: "png" };
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a")) return { kind: "image", type: "gif" };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return { kind: "image", type: "webp" };
  if (isAvif(bytes)) return { kind: "image", type: "avif" };
  if (looksLikeSvg(bytes)) return { kind: "svg" };
  return { kind: "unknown" };
}
