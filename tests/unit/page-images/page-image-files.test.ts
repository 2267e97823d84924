// Page image uploads are typed by their first bytes, and reader URLs name exactly one stored rendition.
import { describe, expect, it } from "vitest";
import { detectPageImageType } from "@/lib/page-images/detect-image-type";
import { parseRenditionFileName, renditionFileName, renditionUrl, srcSet } from "@/lib/page-images/renditions";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("page image type", () => {
  it("is decided by magic bytes, never by a name", () => {
    expect(detectPageImageType(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
    expect(detectPageImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(detectPageImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("png");
    expect(detectPageImageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(detectPageImageType(new TextEncoder().encode("GIF89a"))).toBeNull();
    expect(detectPageImageType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectPageImageType(new Uint8Array())).toBeNull();
  });
});

describe("rendition file names", () => {
  it("round-trip, and anything else is not a rendition", () => {
    const name = renditionFileName("0123456789abcdef", { width: 1200, format: "jpeg" });
    expect(name).toBe("0123456789abcdef-1200.jpg");
    expect(parseRenditionFileName(name)).toEqual({ hash: "0123456789abcdef", width: 1200, format: "jpeg" });
    expect(parseRenditionFileName("0123456789abcdef-2000.webp")).toEqual({ hash: "0123456789abcdef", width: 2000, format: "webp" });
    for (const bad of [
      "0123456789abcdef-1200.png",
      "0123456789ABCDEF-1200.jpg",
      "../0123456789abcdef-1200.jpg",
      "0123456789abcdef-1200.jpg?x",
      "0123456789abcde-1200.jpg",
    ])
      expect(parseRenditionFileName(bad), bad).toBeNull();
  });

  it("build the page's srcset narrowest first", () => {
    const renditions = [
      { width: 2000, height: 2800, format: "webp" as const, key: "k1", bytes: 1 },
      { width: 1200, height: 1680, format: "webp" as const, key: "k2", bytes: 1 },
      { width: 1200, height: 1680, format: "jpeg" as const, key: "k3", bytes: 1 },
    ];
    expect(srcSet("2025-12-20", 1, "0123456789abcdef", renditions, "webp")).toBe(
      "/issues/2025-12-20/1/image/0123456789abcdef-1200.webp 1200w, /issues/2025-12-20/1/image/0123456789abcdef-2000.webp 2000w",
    );
    expect(renditionUrl("2025-12-20", 4, "0123456789abcdef", { width: 1200, format: "jpeg" })).toBe("/issues/2025-12-20/4/image/0123456789abcdef-1200.jpg");
  });
});
