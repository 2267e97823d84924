// Turns uploaded bytes into what we store: the type decided by the bytes, bombs and broken files refused
// before anything is kept, orientation applied, metadata (EXIF GPS, camera serials) stripped from every
// rendition, and the renditions made once, here, at upload — never per request.
import "server-only";
import { createHash } from "node:crypto";
import sharp, { type Metadata, type OutputInfo, type Sharp } from "sharp";
import { AppError } from "@/lib/errors";
import { IMAGE_CONTENT_TYPES, IMAGE_EXTENSIONS, sniffImageType, type TImageType } from "./image-type";
import { RENDITION_CONTENT_TYPES, renditionKey, renditionWidths, type TRenditionFormat } from "./renditions";

export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 100_000_000;
/** AVIF costs several times WebP's encoding time for ~20% fewer bytes: off until bench:media says it fits. */
export const DEFAULT_FORMATS: readonly TRenditionFormat[] = ["webp", "jpeg"];

export interface TProcessedRendition {
  width: number;
  height: number;
  format: TRenditionFormat;
  key: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface TProcessedImage {
  /** sha256 of the original (hex, 32 characters). */
  hash: string;
  type: TImageType;
  contentType: string;
  extension: string;
  size: number;
  /** After orientation. */
  width: number;
  height: number;
  renditions: TProcessedRendition[];
}

export interface TProcessImageOptions {
  formats?: readonly TRenditionFormat[];
}

const BROKEN = "图片文件不完整或已损坏，请重新导出后再上传";

function refuse(message: string, operatorMessage: string, cause?: unknown): AppError {
  return new AppError("INVALID_INPUT", message, { operatorMessage, cause });
}

/** Refuses what is not a photo we can serve, before any pixel is decoded. */
function checkImageBytes(bytes: Uint8Array): TImageType {
  if (bytes.byteLength === 0) throw refuse("文件是空的，请重新选择图片", "empty upload");
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "图片超过 30 MB，请压缩后再上传", { operatorMessage: `upload of ${bytes.byteLength} bytes` });
  }
  const sniffed = sniffImageType(bytes);
  if (sniffed.kind === "svg") throw refuse("不接受 SVG 矢量图，请上传 JPEG、PNG、WebP 或 GIF 图片", "SVG upload refused");
  if (sniffed.kind === "unknown") throw refuse("文件不是图片，只接受 JPEG、PNG、WebP、GIF 或 AVIF 格式", "upload is not an image by its bytes");
  return sniffed.type;
}

function encode(pipeline: Sharp, format: TRenditionFormat): Promise<{ data: Buffer; info: OutputInfo }> {
  const encoded =
    format === "webp"
      ? pipeline.webp({ quality: 78, effort: 4 })
      : format === "avif"
        ? pipeline.avif({ quality: 55, effort: 2 })
        : pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 80, progressive: true });
  return encoded.toBuffer({ resolveWithObject: true });
}

export async function processImage(bytes: Uint8Array, options: TProcessImageOptions = {}): Promise<TProcessedImage> {
  const type = checkImageBytes(bytes);
  const input = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "truncated", animated: false } as const;

  // The header alone: a decompression bomb is refused by its declared size, before decoding.
  let metadata: Metadata;
  try {
    // Reading the header decodes no pixels; the limit is checked below, where it can be said clearly.
    metadata = await sharp(bytes, { ...input, limitInputPixels: false }).metadata();
  } catch (error) {
    throw refuse(BROKEN, "image header unreadable", error);
  }
  const { width: rawWidth, height: rawHeight } = metadata;
  if (!rawWidth || !rawHeight || metadata.format !== (type === "avif" ? "heif" : type)) {
    throw refuse(BROKEN, `header says ${metadata.format} ${rawWidth}x${rawHeight}, bytes say ${type}`);
  }
  if (rawWidth * rawHeight > MAX_IMAGE_PIXELS) {
    throw refuse("图片像素过多（超过 1 亿像素），请缩小尺寸后再上传", `${rawWidth}x${rawHeight} exceeds ${MAX_IMAGE_PIXELS} pixels`);
  }
  // Pixel size once EXIF orientation is applied (a portrait photo shot with the camera turned).
  const { width, height } = metadata.autoOrient ?? { width: rawWidth, height: rawHeight };
  const widths = renditionWidths(width);
  const largest = widths[widths.length - 1] ?? width;

  // Decode once (shrink-on-load makes a 24-megapixel JPEG cheap), oriented; every rendition comes from that.
  let base: { data: Buffer; info: OutputInfo };
  try {
    base = await sharp(bytes, input).rotate().resize({ width: largest, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw refuse(BROKEN, "image failed to decode", error);
  }
  const raw = { raw: { width: base.info.width, height: base.info.height, channels: base.info.channels } } as const;
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  const formats = options.formats ?? DEFAULT_FORMATS;

  const renditions = await Promise.all(
    widths.flatMap((target) =>
      formats.map(async (format): Promise<TProcessedRendition> => {
        const pipeline = sharp(base.data, raw).resize({ width: target, withoutEnlargement: true });
        const { data, info } = await encode(pipeline, format);
        return {
          width: info.width,
          height: info.height,
          format,
          key: renditionKey(hash, target, format),
          contentType: RENDITION_CONTENT_TYPES[format],
          bytes: new Uint8Array(data),
        };
      }),
    ),
  );
  return { hash, type, contentType: IMAGE_CONTENT_TYPES[type], extension: IMAGE_EXTENSIONS[type], size: bytes.byteLength, width, height, renditions };
}
