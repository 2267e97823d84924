// The figure dialog's state: the photos being added (each uploading, uploaded or refused, with its own
// alt text and caption) and the shared credit. Pure, so its rules are unit-tested.
export type TFigureItemStatus = "uploading" | "done" | "error";

export interface TFigureItem {
  key: string;
  name: string;
  status: TFigureItemStatus;
  progress: number;
  message: string | null;
  mediaId: string | null;
  alt: string;
  caption: string;
}

export interface TFigureDialogState {
  items: TFigureItem[];
  credit: string;
  creditContributorId: number | null;
  /** Why 确定 was refused, shown above the buttons. */
  problem: string | null;
  /** The caption of the figure being edited: the first photo added to it starts with it. */
  defaultCaption: string;
}

export type TFigureDialogAction =
  | { type: "added"; key: string; name: string }
  | { type: "picked"; key: string; name: string; mediaId: string; alt: string | null; caption: string | null }
  | { type: "progress"; key: string; progress: number }
  | { type: "uploaded"; key: string; mediaId: string; alt: string | null; caption: string | null }
  | { type: "failed"; key: string; message: string }
  | { type: "removed"; key: string }
  | { type: "edited"; key: string; patch: Partial<Pick<TFigureItem, "alt" | "caption">> }
  | { type: "credit"; credit: string; creditContributorId: number | null }
  | { type: "refused"; problem: string };

export function initialFigureState(items: TFigureItem[] = [], credit = "", defaultCaption = ""): TFigureDialogState {
  return { items, credit, creditContributorId: null, problem: null, defaultCaption };
}

const startingCaption = (state: TFigureDialogState) => (state.items.length === 0 ? state.defaultCaption : "");

const update = (state: TFigureDialogState, key: string, patch: Partial<TFigureItem>): TFigureDialogState => ({
  ...state,
  problem: null,
  items: state.items.map((item) => (item.key === key ? { ...item, ...patch } : item)),
});

export function figureDialogReducer(state: TFigureDialogState, action: TFigureDialogAction): TFigureDialogState {
  switch (action.type) {
    case "added":
      return {
        ...state,
        problem: null,
        items: [
          ...state.items,
          { key: action.key, name: action.name, status: "uploading", progress: 0, message: null, mediaId: null, alt: "", caption: startingCaption(state) },
        ],
      };
    case "picked":
      return {
        ...state,
        problem: null,
        items: [
          ...state.items,
          {
            key: action.key,
            name: action.name,
            status: "done",
            progress: 1,
            message: null,
            mediaId: action.mediaId,
            alt: action.alt ?? "",
            caption: startingCaption(state) || (action.caption ?? ""),
          },
        ],
      };
    case "progress":
      return update(state, action.key, { progress: Math.max(0, Math.min(1, action.progress)) });
    case "uploaded": {
      const item = state.items.find((candidate) => candidate.key === action.key);
      // What the editor already typed wins over what the library remembers of the photo.
      return update(state, action.key, {
        status: "done",
        progress: 1,
        mediaId: action.mediaId,
        alt: item?.alt || action.alt || "",
        caption: item?.caption || action.caption || "",
      });
    }
    case "failed":
      return update(state, action.key, { status: "error", message: action.message });
    case "removed":
      return { ...state, problem: null, items: state.items.filter((item) => item.key !== action.key) };
    case "edited":
      return update(state, action.key, action.patch);
    case "credit":
      return { ...state, problem: null, credit: action.credit, creditContributorId: action.creditContributorId };
    case "refused":
      return { ...state, problem: action.problem };
  }
}

/** What stops 确定: nothing to insert, an upload still running, a photo without alt text. Null when ready. */
export function figureDialogProblem(state: TFigureDialogState): string | null {
  const ready = state.items.filter((item) => item.status !== "error");
  if (ready.length === 0) return "请先选择或上传一张图片";
  if (ready.some((item) => item.status === "uploading")) return "图片还在上传，请稍候";
  const missing = ready.findIndex((item) => item.alt.trim() === "");
  if (missing >= 0) return `请为“${ready[missing]?.name}”填写替代文字（说明图片内容，供视障读者使用）`;
  return null;
}

/** The figure nodes to insert, in the order the photos were added. */
export function figureAttrs(state: TFigureDialogState): Array<{ mediaId: string; alt: string; caption: string | null; credit: string | null }> {
  return state.items
    .filter((item) => item.status === "done" && item.mediaId)
    .map((item) => ({ mediaId: item.mediaId ?? "", alt: item.alt.trim(), caption: item.caption.trim() || null, credit: state.credit.trim() || null }));
}
