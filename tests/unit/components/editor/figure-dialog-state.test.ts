// The picture dialog's rules: per-file progress and refusals, alt text required, the edited figure's
// caption kept for its new picture, and what gets inserted.
import { describe, expect, it } from "vitest";
import { figureAttrs, figureDialogProblem, initialFigureState, figureDialogReducer as reduce } from "@/components/editor/figure-dialog-state";

describe("figure dialog state", () => {
  it("tracks each upload, keeps refusals apart and requires alt text before inserting", () => {
    let state = initialFigureState([], "耿新洲 摄", "口袋公园里，市民休闲健身。");
    expect(figureDialogProblem(state)).toBe("请先选择或上传一张图片");
    state = reduce(state, { type: "added", key: "a", name: "a.jpg" });
    state = reduce(state, { type: "added", key: "b", name: "b.jpg" });
    state = reduce(state, { type: "progress", key: "a", progress: 0.5 });
    expect(state.items.map((item) => [item.name, item.status, item.progress, item.caption])).toEqual([
      ["a.jpg", "uploading", 0.5, "口袋公园里，市民休闲健身。"],
      ["b.jpg", "uploading", 0, ""],
    ]);
    expect(figureDialogProblem(state)).toBe("图片还在上传，请稍候");
    state = reduce(state, { type: "failed", key: "b", message: "b.jpg：文件不是图片" });
    state = reduce(state, { type: "uploaded", key: "a", mediaId: "m1", alt: null, caption: "库里的说明" });
    expect(state.items[1]).toMatchObject({ status: "error", message: "b.jpg：文件不是图片" });
    expect(figureDialogProblem(state)).toBe("请为“a.jpg”填写替代文字（说明图片内容，供视障读者使用）");
    state = reduce(state, { type: "edited", key: "a", patch: { alt: " 健身的市民 " } });
    expect(figureDialogProblem(state)).toBeNull();
    expect(figureAttrs(state)).toEqual([{ mediaId: "m1", alt: "健身的市民", caption: "口袋公园里，市民休闲健身。", credit: "耿新洲 摄" }]);
  });

  it("takes a library photo's alt text and caption, and the credit picked", () => {
    let state = reduce(initialFigureState(), { type: "picked", key: "p", name: "旧图", mediaId: "m2", alt: "旧的替代文字", caption: "旧说明" });
    state = reduce(state, { type: "credit", credit: "王菲 摄", creditContributorId: 7 });
    expect(figureAttrs(state)).toEqual([{ mediaId: "m2", alt: "旧的替代文字", caption: "旧说明", credit: "王菲 摄" }]);
    state = reduce(state, { type: "removed", key: "p" });
    expect(figureAttrs(state)).toEqual([]);
  });
});
