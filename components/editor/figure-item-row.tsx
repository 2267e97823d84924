"use client";
// One photo in the figure dialog: its preview, upload progress or refusal, its alt text and caption.
import { useId } from "react";
import { mediaPreviewUrl } from "@/lib/content/media-preview-url";
import type { TFigureItem } from "./figure-dialog-state";

export function FigureItemRow({
  item,
  onEdit,
  onRemove,
}: {
  item: TFigureItem;
  onEdit: (patch: Partial<Pick<TFigureItem, "alt" | "caption">>) => void;
  onRemove: () => void;
}) {
  const id = useId();
  return (
    <li className={`figure-item figure-item-${item.status}`} aria-label={item.name}>
      <p>
        <strong>{item.name}</strong>{" "}
        {item.status === "uploading" && (
          <>
            <progress max={1} value={item.progress} aria-label={`${item.name} 上传进度`} /> {Math.round(item.progress * 100)}%
          </>
        )}
        {item.status === "done" && <span>已上传</span>}
        <button type="button" onClick={onRemove}>
          移除
        </button>
      </p>
      {item.status === "error" && (
        <p role="alert" className="nr-error">
          {item.message}
        </p>
      )}
      {item.mediaId && (
        // biome-ignore lint/performance/noImgElement: a staff preview of a stored rendition.
        <img src={mediaPreviewUrl(item.mediaId, 480)} alt="" style={{ maxWidth: "12rem", height: "auto", display: "block" }} />
      )}
      {item.status !== "error" && (
        <>
          <label htmlFor={`${id}-alt`}>替代文字（必填，说明图片内容）</label>
          <input id={`${id}-alt`} value={item.alt} maxLength={500} onChange={(event) => onEdit({ alt: event.currentTarget.value })} />
          <label htmlFor={`${id}-caption`}>图片说明</label>
          <textarea id={`${id}-caption`} value={item.caption} maxLength={2000} rows={2} onChange={(event) => onEdit({ caption: event.currentTarget.value })} />
        </>
      )}
    </li>
  );
}
