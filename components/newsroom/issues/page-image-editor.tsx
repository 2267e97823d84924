"use client";
// Drawing the story regions on a page image: choose a story part, drag rectangles on the image with the mouse
// (or a pen or finger: pointer events), or add one and type its numbers (the keyboard way); delete and redraw;
// save sends every region of the page at once.
import { useReducer, useRef, useState } from "react";
import { pageImageApi } from "@/lib/newsroom-client/page-image-api";
import { PageImageRegionFields } from "./page-image-region-fields";
import { initialRegionsState, partKey, rectBetween, regionsReducer, type TEditorRegion, type TRegionField } from "./page-image-regions";

export interface TEditorPart {
  articleId: number;
  sequence: number;
  headline: string;
}

interface TProps {
  pageId: number;
  image: { fallbackSrc: string; jpegSrcSet: string; width: number; height: number };
  parts: TEditorPart[];
  regions: Array<Omit<TEditorRegion, "key">>;
}

const partName = (part: TEditorPart | undefined) =>
  part ? `${part.headline || "无标题图片"}${part.sequence > 0 ? `（续${part.sequence}）` : ""}` : "（已不在本版的稿件）";
const pct = (fraction: number) => `${fraction * 100}%`;

export function PageImageEditor({ pageId, image, parts, regions }: TProps) {
  const [state, dispatch] = useReducer(regionsReducer, initialRegionsState(regions, parts[0] ? partKey(parts[0]) : null));
  const [drag, setDrag] = useState<{ start: { x: number; y: number }; end: { x: number; y: number } } | null>(null);
  const surface = useRef<HTMLDivElement>(null);
  const partOf = (region: { articleId: number; sequence: number }) => parts.find((part) => partKey(part) === partKey(region));

  const pointAt = (event: React.PointerEvent) => {
    const box = surface.current?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return { x: 0, y: 0 };
    return { x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height };
  };

  async function save() {
    dispatch({ type: "saving" });
    const result = await pageImageApi.saveRegions(
      pageId,
      state.regions.map(({ key: _key, ...region }) => region),
    );
    dispatch(result.kind === "ok" ? { type: "saved" } : { type: "failed", message: result.message });
  }

  const draft = drag ? rectBetween(drag.start, drag.end) : null;
  return (
    <div className="page-image-editor">
      <p>
        <label>
          当前标注的稿件：
          <select value={state.selectedPart ?? ""} onChange={(event) => dispatch({ type: "select", part: event.target.value || null })}>
            {parts.length === 0 && <option value="">本版还没有稿件</option>}
            {parts.map((part) => (
              <option key={partKey(part)} value={partKey(part)}>
                {partName(part)}
              </option>
            ))}
          </select>
        </label>{" "}
        <span className="nr-muted">在版面图上按住鼠标拖出矩形；也可用“添加热区”后输入数值。</span>
      </p>
      <div
        ref={surface}
        data-testid="page-image-surface"
        style={{ position: "relative", maxWidth: "40rem", touchAction: "none", userSelect: "none", cursor: "crosshair", border: "1px solid #ccc" }}
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          const point = pointAt(event);
          setDrag({ start: point, end: point });
        }}
        onPointerMove={(event) => drag && setDrag({ ...drag, end: pointAt(event) })}
        onPointerUp={(event) => {
          if (!drag) return;
          dispatch({ type: "add", rect: rectBetween(drag.start, pointAt(event)) });
          setDrag(null);
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {/* biome-ignore lint/performance/noImgElement: page images have their own renditions, not the image optimiser. */}
        <img
          src={image.fallbackSrc}
          srcSet={image.jpegSrcSet}
          sizes="40rem"
          width={image.width}
          height={image.height}
          alt="版面图"
          draggable={false}
          style={{ display: "block", width: "100%", height: "auto" }}
        />
        {state.regions.map((region) => (
          <div
            key={region.key}
            title={partName(partOf(region))}
            style={{
              position: "absolute",
              left: pct(region.x),
              top: pct(region.y),
              width: pct(region.w),
              height: pct(region.h),
              background: partKey(region) === state.selectedPart ? "rgba(164,22,26,0.25)" : "rgba(0,90,200,0.18)",
              border: "2px solid #a4161a",
              pointerEvents: "none",
            }}
          />
        ))}
        {draft && (
          <div
            style={{
              position: "absolute",
              left: pct(draft.x),
              top: pct(draft.y),
              width: pct(draft.w),
              height: pct(draft.h),
              border: "2px dashed #a4161a",
              pointerEvents: "none",
            }}
          />
        )}
      </div>
      <PageImageRegionFields
        regions={state.regions.map((region) => ({ ...region, name: partName(partOf(region)) }))}
        onSet={(key: number, field: TRegionField, value: number) => dispatch({ type: "set", key, field, value })}
        onRemove={(key: number) => dispatch({ type: "remove", key })}
        onAdd={() => dispatch({ type: "add", rect: { x: 0.1, y: 0.1, w: 0.3, h: 0.2 } })}
      />
      <p>
        <button type="button" onClick={() => void save()} disabled={state.status === "saving"}>
          保存热区
        </button>{" "}
        <span role="status" aria-live="polite" className={state.status === "error" ? "nr-error" : "nr-muted"}>
          {state.message}
        </span>
      </p>
    </div>
  );
}
