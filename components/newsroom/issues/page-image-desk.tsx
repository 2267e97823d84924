// The page image section of a page on the issue desk: upload (or replace) the printed page, then mark each
// story part's region on it.
import type { TPageImageDesk } from "@/lib/page-images/get-page-image-desk";
import { PageImageEditor, type TEditorPart } from "./page-image-editor";
import { PageImageUpload } from "./page-image-upload";

export function PageImageDesk({ pageId, desk, parts }: { pageId: number; desk: TPageImageDesk; parts: TEditorPart[] }) {
  const image = desk.image;
  return (
    <section className="nr-card" aria-labelledby="page-image">
      <h2 id="page-image" style={{ marginTop: 0, fontSize: "1rem" }}>
        版面图与热区
      </h2>
      {image ? (
        <p className="nr-muted">
          {image.width}×{image.height}，来自 {image.sourceType.toUpperCase()}，{image.uploadedBy ?? "系统"} 上传
        </p>
      ) : (
        <p className="nr-muted">本版还没有版面图。读者的版面页在有版面图时显示它，并可点击其中的稿件。</p>
      )}
      <PageImageUpload pageId={pageId} hasImage={image !== null} />
      {image && (
        <PageImageEditor
          // A new image starts a new set of regions from what was saved.
          key={image.fallbackSrc}
          pageId={pageId}
          image={image}
          parts={parts}
          regions={desk.regions}
        />
      )}
    </section>
  );
}
