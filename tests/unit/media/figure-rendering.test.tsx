// A figure with a stored photo renders as <picture> with WebP and JPEG srcsets, its intrinsic size (no
// layout shift), alt text, and lazy loading except for the page's first picture.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { firstMediaId, renderBody } from "@/lib/content/render-body";
import { ZStoryDocument } from "@/lib/content/schema";
import { figureImageOf } from "@/lib/media/figure-image";
import { renditionKey } from "@/lib/media/renditions";

const hash = "0123456789abcdef0123456789abcdef";
const rendition = (width: number, height: number, format: "webp" | "jpeg") => ({ width, height, format, key: renditionKey(hash, width, format), size: 1 });
const media = {
  hash,
  width: 2000,
  height: 1300,
  renditions: [
    rendition(480, 312, "webp"),
    rendition(480, 312, "jpeg"),
    rendition(960, 624, "webp"),
    rendition(960, 624, "jpeg"),
    rendition(1600, 1040, "webp"),
    rendition(1600, 1040, "jpeg"),
  ],
};
const doc = ZStoryDocument.parse({
  type: "doc",
  content: [
    { type: "figure", attrs: { mediaId: "a", alt: "公园里健身的市民", caption: "口袋公园", credit: "耿新洲 摄" } },
    { type: "paragraph", content: [{ type: "text", text: "正文" }] },
    { type: "figure", attrs: { mediaId: "b", alt: "第二张<script>", caption: null, credit: null } },
    { type: "figure", attrs: { mediaId: "unknown", alt: "不存在", caption: "只有说明", credit: null } },
  ],
});

describe("figure rendering", () => {
  it("builds srcsets from the renditions, the middle JPEG as src", () => {
    expect(figureImageOf(media)).toEqual({
      src: `/media/${hash}/960.jpg`,
      srcSet: `/media/${hash}/480.jpg 480w, /media/${hash}/960.jpg 960w, /media/${hash}/1600.jpg 1600w`,
      webpSrcSet: `/media/${hash}/480.webp 480w, /media/${hash}/960.webp 960w, /media/${hash}/1600.webp 1600w`,
      width: 2000,
      height: 1300,
    });
    expect(figureImageOf({ ...media, renditions: [] })).toBeNull();
  });

  it("renders picture, sizes, width and height; only the first picture is eager", () => {
    const image = figureImageOf(media);
    const html = renderToStaticMarkup(
      <div>{renderBody(doc, { mediaUrl: (id) => (id === "unknown" ? null : image), eagerMediaId: firstMediaId(doc.content) })}</div>,
    );
    const imgs = html.match(/<img [^>]*>/g) ?? [];
    expect(imgs).toHaveLength(2);
    expect(imgs[0]).toContain('loading="eager"');
    expect(imgs[0]).toContain('fetchPriority="high"');
    expect(imgs[0]).toContain('width="2000"');
    expect(imgs[0]).toContain('height="1300"');
    expect(imgs[0]).toContain('alt="公园里健身的市民"');
    expect(imgs[0]).toContain(`srcSet="/media/${hash}/480.jpg 480w`);
    expect(imgs[0]).toContain('sizes="(max-width: 46rem) 100vw, 46rem"');
    expect(imgs[1]).toContain('loading="lazy"');
    expect(imgs[1]).toContain('alt="第二张&lt;script&gt;"');
    expect(html).toContain(`<source type="image/webp" srcSet="/media/${hash}/480.webp 480w`);
    // A figure whose photo is unknown keeps its caption and shows no broken image.
    expect(html).toContain('<figure class="figure"><figcaption>只有说明</figcaption></figure>');
  });
});
