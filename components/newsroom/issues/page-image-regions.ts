// The region editor's state: the rectangles drawn on a page image, the story part being marked, and whether
// they are saved. A pure reducer (unit-tested), so drawing, typing numbers and saving cannot disagree.
export interface TEditorRegion {
  /** Local key, stable while editing. */
  key: number;
  articleId: number;
  sequence: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export type TRegionField = "x" | "y" | "w" | "h";

export interface TRegionsState {
  regions: TEditorRegion[];
  /** `${articleId}:${sequence}` of the story part new rectangles belong to. */
  selectedPart: string | null;
  status: "saved" | "dirty" | "saving" | "error";
  message: string;
  nextKey: number;
}

export type TRegionsAction =
  | { type: "select"; part: string | null }
  | { type: "add"; rect: { x: number; y: number; w: number; h: number } }
  | { type: "set"; key: number; field: TRegionField; value: number }
  | { type: "remove"; key: number }
  | { type: "saving" }
  | { type: "saved" }
  | { type: "failed"; message: string };

/** Smallest rectangle kept (fraction of the image): a click without a drag draws nothing. */
export const MIN_SIDE = 0.005;

export const partKey = (part: { articleId: number; sequence: number }) => `${part.articleId}:${part.sequence}`;

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** The rectangle between two points of a drag, inside the image, in any drag direction. */
export function rectBetween(a: { x: number; y: number }, b: { x: number; y: number }) {
  const left = clamp(Math.min(a.x, b.x));
  const top = clamp(Math.min(a.y, b.y));
  return { x: round(left), y: round(top), w: round(clamp(Math.max(a.x, b.x)) - left), h: round(clamp(Math.max(a.y, b.y)) - top) };
}

/** Keeps a rectangle inside the image after one of its numbers changed. */
function fitted(region: TEditorRegion): TEditorRegion {
  const x = clamp(region.x);
  const y = clamp(region.y);
  return { ...region, x, y, w: round(Math.max(MIN_SIDE, Math.min(region.w, 1 - x))), h: round(Math.max(MIN_SIDE, Math.min(region.h, 1 - y))) };
}

export function initialRegionsState(regions: ReadonlyArray<Omit<TEditorRegion, "key">>, selectedPart: string | null): TRegionsState {
  return { regions: regions.map((region, index) => ({ ...region, key: index + 1 })), selectedPart, status: "saved", message: "", nextKey: regions.length + 1 };
}

export function regionsReducer(state: TRegionsState, action: TRegionsAction): TRegionsState {
  switch (action.type) {
    case "select":
      return { ...state, selectedPart: action.part, message: "" };
    case "add": {
      if (!state.selectedPart) return { ...state, message: "请先选择要标注的稿件" };
      if (action.rect.w < MIN_SIDE || action.rect.h < MIN_SIDE) return state;
      const [articleId, sequence] = state.selectedPart.split(":").map(Number);
      const region = fitted({ key: state.nextKey, articleId: articleId ?? 0, sequence: sequence ?? 0, ...action.rect });
      return { ...state, regions: [...state.regions, region], nextKey: state.nextKey + 1, status: "dirty", message: "已添加热区，尚未保存" };
    }
    case "set":
      if (!Number.isFinite(action.value)) return state;
      return {
        ...state,
        regions: state.regions.map((region) => (region.key === action.key ? fitted({ ...region, [action.field]: action.value }) : region)),
        status: "dirty",
        message: "",
      };
    case "remove":
      return { ...state, regions: state.regions.filter((region) => region.key !== action.key), status: "dirty", message: "已删除热区，尚未保存" };
    case "saving":
      return { ...state, status: "saving", message: "正在保存…" };
    case "saved":
      return { ...state, status: "saved", message: "热区已保存" };
    case "failed":
      return { ...state, status: "error", message: action.message };
  }
}
