// An uploaded page (PDF or JPEG/PNG scan) turned into its renditions: type from the bytes, limits before
// decoding, the PDF's first page rasterised, then WebP and JPEG at each width (never enlarged), orientation
// applied and metadata dropped. Nothing is stored here: a refusal leaves nothing behind.
import "server-only";
import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { AppError } from "@/lib/errors";
import { detectPageImageType, type TPageImageSource } from "./detect-image-type";
import { MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES, MIN_WIDTH, RENDITION_WIDTHS } from "./limits";
import { rasterisePdfFirstPage } from "./rasterise-pdf";
import { RENDITION_FORMATS, type TRenditionFormat } from "./renditions";

export interface TProcessedRendition {
  width: number;
  height: number;
  format: TRenditionFormat;
  data: Buffer;
}

export interface TProcessedPageImage {
  source: TPageImageSource;
  /** First 16 hex digits of the upload's SHA-256: names its renditions. */
  hash: string;
  width: number;
  height: number;
  renditions: TProcessedRendition[];
}

const UNREADABLE = "图片文件无法读取（可能已损坏或不完整）";
const TOO_MANY_PIXELS = "图片像素过多，版面图不能超过 1 亿像素";

async function checkedMetadata(input: Buffer): Promise<{ width: number; height: number }> {
  let metadata: Metadata;
  try {
    metadata = await sharp(input).metadata();
  } catch (cause) {
    // sharp's own ceiling, far above ours, is met by headers that claim absurd sizes.
    if (cause instanceof Error && /pixel limit/i.test(cause.message)) throw new AppError("INVALID_INPUT", TOO_MANY_PIXELS, { cause });
    throw new AppError("INVALID_INPUT", UNREADABLE, { cause });
  }
  const { width, height } = metadata;
  if (!width || !height) throw new AppError("INVALID_INPUT", UNREADABLE);
  if (width * height > MAX_INPUT_PIXELS) throw new AppError("INVALID_INPUT", `${TOO_MANY_PIXELS}（${width}×${height}）`, { operatorMessage: "pixel limit" });
  // Orientation 5–8 swaps the sides once applied.
  return (metadata.orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height };
}

export async function processPageImage(bytes: Uint8Array): Promise<TProcessedPageImage> {
  if (bytes.byteLength === 0) throw new AppError("INVALID_INPUT", "上传的文件是空的");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `文件过大，版面文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  const source = detectPageImageType(bytes);
  if (!source) throw new AppError("INVALID_INPUT", "只能上传 PDF、JPEG 或 PNG 格式的版面文件");
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const input = source === "pdf" ? await rasterisePdfFirstPage(bytes) : Buffer.from(bytes);
  const oriented = await checkedMetadata(input);
  if (oriented.width < MIN_WIDTH) throw new AppError("INVALID_INPUT", `图片太小（宽 ${oriented.width} 像素），版面图至少需要 ${MIN_WIDTH} 像素宽`);
  const widths = [...new Set(RENDITION_WIDTHS.map((width) => Math.min(width, oriented.width)))];
  const renditions: TProcessedRendition[] = [];
  try {
    for (const width of widths) {
      for (const format of RENDITION_FORMATS) {
        // failOn "error": a truncated file is refused rather than rendered half grey.
        const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate().resize({ width, withoutEnlargement: true });
        const encoded = format === "webp" ? pipeline.webp({ quality: 80 }) : pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true });
        const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
        renditions.push({ width: info.width, height: info.height, format, data });
      }
    }
  } catch (cause) {
    throw new AppError("INVALID_INPUT", UNREADABLE, { cause });
  }
  const largest = renditions.reduce((best, rendition) => (rendition.width > best.width ? rendition : best));
  return { source, hash, width: largest.width, height: largest.height, renditions };
}
