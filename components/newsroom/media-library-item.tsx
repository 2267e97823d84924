// One photo in the 图片库: thumbnail, caption, credit, uploader, upload time and where it is used.
import Link from "next/link";
import type { TMediaUse } from "@/lib/media/list-media";
import type { TMediaSummary } from "@/lib/media/media-summary";
import { MediaDeleteButton } from "./media-delete-button";
import { shanghaiTime } from "./shanghai-time";

/** `mayDelete`: the viewer uploaded it or is an admin (the command checks again, with its uses). */
export function MediaLibraryItem({ item, mayDelete }: { item: TMediaSummary & { usedIn: TMediaUse[] }; mayDelete: boolean }) {
  return (
    <li className="nr-card">
      <figure style={{ margin: 0 }}>
        {/* biome-ignore lint/performance/noImgElement: a staff preview of a stored rendition. */}
        <img
          src={item.thumbnailUrl}
          alt={item.alt ?? ""}
          width={480}
          height={Math.round((480 * item.height) / item.width)}
          loading="lazy"
          style={{ width: "100%", height: "auto" }}
        />
        <figcaption>
          {item.caption ?? <span className="nr-muted">（无说明）</span>}
          {item.credit && <span> {item.credit}</span>}
        </figcaption>
      </figure>
      <p className="nr-muted" style={{ fontSize: "0.85rem" }}>
        {item.filename} · {item.width}×{item.height} · {item.uploadedBy ?? "系统"} 上传于 {shanghaiTime(item.createdAt)}
      </p>
      {item.usedIn.length > 0 ? (
        <p style={{ fontSize: "0.85rem" }}>
          用于：
          {item.usedIn.map((use, index) => (
            <span key={use.articleId}>
              {index > 0 && "、"}
              <Link href={`/newsroom/articles/${use.articleId}`}>{use.headline || `稿件 #${use.articleId}`}</Link>
            </span>
          ))}
        </p>
      ) : (
        <>
          <p className="nr-muted" style={{ fontSize: "0.85rem" }}>
            尚未用于稿件
          </p>
          {mayDelete && <MediaDeleteButton mediaId={item.id} filename={item.filename} />}
        </>
      )}
    </li>
  );
}
