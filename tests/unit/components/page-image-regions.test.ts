// The page image region editor's reducer: drawing needs a chosen story part, any drag direction gives the
// same rectangle, numbers typed for a rectangle keep it inside the image, and save status follows edits.
import { describe, expect, it } from "vitest";
import { initialRegionsState, rectBetween, regionsReducer } from "@/components/newsroom/issues/page-image-regions";

describe("page image regions", () => {
  it("draws the same rectangle whichever way the mouse is dragged, clipped to the image", () => {
    expect(rectBetween({ x: 0.6, y: 0.5 }, { x: 0.2, y: 0.1 })).toEqual({ x: 0.2, y: 0.1, w: 0.4, h: 0.4 });
    expect(rectBetween({ x: 0.9, y: 0.9 }, { x: 1.3, y: -0.2 })).toEqual({ x: 0.9, y: 0, w: 0.1, h: 0.9 });
  });

  it("adds a rectangle only for a chosen story part, and not for a mere click", () => {
    let state = initialRegionsState([], null);
    state = regionsReducer(state, { type: "add", rect: { x: 0.1, y: 0.1, w: 0.2, h: 0.2 } });
    expect(state.regions).toEqual([]);
    expect(state.message).toBe("请先选择要标注的稿件");
    state = regionsReducer(state, { type: "select", part: "7:1" });
    state = regionsReducer(state, { type: "add", rect: { x: 0.1, y: 0.1, w: 0.001, h: 0.2 } });
    expect(state.regions).toEqual([]);
    state = regionsReducer(state, { type: "add", rect: { x: 0.1, y: 0.1, w: 0.2, h: 0.2 } });
    expect(state.regions).toEqual([{ key: 1, articleId: 7, sequence: 1, x: 0.1, y: 0.1, w: 0.2, h: 0.2 }]);
    expect(state.status).toBe("dirty");
  });

  it("keeps a rectangle inside the image when its numbers are typed", () => {
    let state = initialRegionsState([{ articleId: 3, sequence: 0, x: 0.5, y: 0.5, w: 0.2, h: 0.2 }], "3:0");
    state = regionsReducer(state, { type: "set", key: 1, field: "w", value: 0.9 });
    expect(state.regions[0]).toMatchObject({ x: 0.5, w: 0.5 });
    state = regionsReducer(state, { type: "set", key: 1, field: "x", value: -1 });
    expect(state.regions[0]).toMatchObject({ x: 0, w: 0.5 });
    state = regionsReducer(state, { type: "set", key: 1, field: "h", value: Number.NaN });
    expect(state.regions[0]).toMatchObject({ h: 0.2 });
  });

  it("removes a rectangle and follows saving, saved and refused", () => {
    let state = initialRegionsState(
      [
        { articleId: 3, sequence: 0, x: 0, y: 0, w: 0.2, h: 0.2 },
        { articleId: 4, sequence: 0, x: 0.5, y: 0.5, w: 0.2, h: 0.2 },
      ],
      null,
    );
    expect(state.status).toBe("saved");
    state = regionsReducer(state, { type: "remove", key: 1 });
    expect(state.regions.map((region) => region.articleId)).toEqual([4]);
    state = regionsReducer(regionsReducer(state, { type: "saving" }), { type: "failed", message: "没有权限执行此操作" });
    expect(state).toMatchObject({ status: "error", message: "没有权限执行此操作" });
    state = regionsReducer(regionsReducer(state, { type: "saving" }), { type: "saved" });
    expect(state.status).toBe("saved");
  });
});
