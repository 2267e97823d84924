// The type of an upload is decided by its bytes: names and browser claims are never asked.
import { describe, expect, it } from "vitest";
import { sniffImageType } from "@/lib/media/image-type";
import { parseRenditionName, renditionUrl, renditionWidths } from "@/lib/media/renditions";

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe("sniffImageType", () => {
  it.each([
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe1], "Exif")],
    ["png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ["gif", bytes("GIF89a", [1, 0, 1, 0])],
    ["webp", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 ")],
    ["avif", bytes([0, 0, 0, 0x1c], "ftypavif", [0, 0, 0, 0], "mif1miafMA1B")],
    ["avif", bytes([0, 0, 0, 0x18], "ftypmif1", [0, 0, 0, 0], "avifmiaf")],
  ])("knows %s", (type, input) => {
    expect(sniffImageType(input)).toEqual({ kind: "image", type });
  });

  it("calls SVG what it is, however it starts", () => {
    for (const text of ['<svg xmlns="http://www.w3.org/2000/svg"/>', '\uFEFF  <?xml version="1.0"?><svg/>', "<!-- drawn --><svg/>", "<!DOCTYPE svg><svg/>"]) {
      expect(sniffImageType(new TextEncoder().encode(text))).toEqual({ kind: "svg" });
    }
  });

  it("does not take a HEIC, a PDF, HTML or text for an image", () => {
    for (const input of [
      bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic"),
      bytes("%PDF-1.7"),
      bytes("<html><img src=x>"),
      bytes("hello"),
      bytes([0xff, 0xd8]),
    ]) {
      expect(sniffImageType(input)).toEqual({ kind: "unknown" });
    }
  });
});

describe("renditions", () => {
  it("makes the standard widths below the original and the original's own, never wider", () => {
    expect(renditionWidths(6000)).toEqual([480, 960, 1600]);
    expect(renditionWidths(1600)).toEqual([480, 960, 1600]);
    expect(renditionWidths(1200)).toEqual([480, 960, 1200]);
    expect(renditionWidths(300)).toEqual([300]);
  });

  it("reads back only the URLs it makes", () => {
    const hash = "0123456789abcdef0123456789abcdef";
    expect(renditionUrl(hash, 960, "jpeg")).toBe(`/media/${hash}/960.jpg`);
    expect(parseRenditionName("960.jpg")).toEqual({ width: 960, format: "jpeg" });
    expect(parseRenditionName("480.webp")).toEqual({ width: 480, format: "webp" });
    for (const name of ["original.jpg", "960.jpeg", "0960.jpg", "960.svg", "960.jpg/", "-1.webp", "960.JPG"]) expect(parseRenditionName(name)).toBeNull();
  });
});
