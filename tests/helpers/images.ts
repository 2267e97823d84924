// Test images made on the spot with sharp: real photos, and the bad inputs uploads must refuse.
import { crc32 } from "node:zlib";
import sharp from "sharp";

/** A JPEG photo with EXIF orientation 6 (camera turned) and a GPS position, as a phone would write it. */
export async function photoJpeg(options: { width?: number; height?: number; color?: string } = {}): Promise<Uint8Array> {
  const width = options.width ?? 2400;
  const height = options.height ?? 1600;
  const circle = Buffer.from(`<svg width="${width}" height="${height}"><circle cx="${width / 3}" cy="${height / 2}" r="${height / 3}" fill="#c33"/></svg>`);
  const bytes = await sharp({ create: { width, height, channels: 3, background: options.color ?? "#6a9" } })
    .composite([{ input: circle }])
    .jpeg({ quality: 85 })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "37/1 41/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "112/1 45/1 0/1" } })
    .toBuffer();
  // Orientation is a tag of its own in sharp: 6 = rotate 90° clockwise to view.
  return new Uint8Array(await sharp(bytes).withMetadata({ orientation: 6 }).jpeg({ quality: 85 }).toBuffer());
}

export async function smallPng(): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } })
      .png()
      .toBuffer(),
  );
}

/** A PNG whose header claims `width`×`height` pixels over a tiny body: a decompression bomb's shape. */
export async function pngBombHeader(width = 20_000, height = 20_000): Promise<Uint8Array> {
  const bytes = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: "#000" } })
      .png()
      .toBuffer(),
  );
  // IHDR data starts after the 8-byte signature, 4-byte length and 4-byte type.
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)), 29);
  return new Uint8Array(bytes);
}

export const NOT_AN_IMAGE = new TextEncoder().encode("这不是图片，只是一段文字。\n".repeat(20));
export const SVG_IMAGE = new TextEncoder().encode(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
);

/** Over the 30 MB limit, starting like a JPEG. */
export function oversizedJpeg(): Uint8Array {
  const bytes = new Uint8Array(30 * 1024 * 1024 + 1);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

export function truncated(bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length / 2));
}
