// The answer for one stored image rendition (a photo's or a page image's): immutable for a year once readers
// may see it (its name carries its content hash), private and uncached while only staff may; never sniffed
// or run as anything but an image.
export function imageResponse(image: { bytes: Uint8Array; contentType: string }, readersMaySee: boolean): Response {
  return new Response(Buffer.from(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.bytes.byteLength),
      "Cache-Control": readersMaySee ? "public, max-age=31536000, immutable" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
