// A half-filled form: autosave saves what is valid and leaves out what is not; an explicit save or
// publish insists on every field and names it by its label.
import { describe, expect, it } from "vitest";
import { autosavableDraft, draftProblems, problemsMessage } from "@/components/editor/draft-problems";
import { editorReducer, initialEditorState, savePhase, type TEditorEvent, type TEditorState } from "@/components/editor/save-state";
import type { TEditableDraft } from "@/lib/newsroom-client/schemas";

const named = { contributorId: 4, name: "王菲", role: "reporter", affiliation: "本报" } as const;
const unnamed = { contributorId: null, name: " ", role: "reporter", affiliation: "本报" } as const;

function draftWith(bylines: TEditableDraft["bylines"]): TEditableDraft {
  return {
    kind: "news",
    columnName: null,
    sectionId: null,
    kicker: null,
    headline: "园区建设如火如荼",
    subheadline: null,
    dateline: null,
    bylines,
    pageId: null,
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "正文。" }] }] },
  };
}

const start = () =>
  initialEditorState({
    id: 9,
    version: 2,
    status: "draft",
    draft: draftWith([named]),
    placement: null,
    missingJumpPages: [],
    updatedAt: "2026-11-30T02:00:00.000Z",
    updatedBy: null,
    firstPublishedAt: null,
  });
const run = (state: TEditorState, ...events: TEditorEvent[]) => events.reduce(editorReducer, state);
const addUnnamedByline: TEditorEvent = { type: "edited", patch: { bylines: [named, unnamed] } };

describe("a half-filled byline", () => {
  it("is named by its label", () => {
    const problems = draftProblems(draftWith([named, unnamed]));
    expect(problems).toEqual([{ path: ["bylines", 1, "name"], label: "署名 2 的姓名", message: "请填写姓名" }]);
    expect(problemsMessage(problems)).toBe("请先填写：署名 2 的姓名");
    expect(problemsMessage(draftProblems(draftWith([named])))).toBeNull();
  });

  it("is left out of an autosave, which saves the rest", () => {
    expect(autosavableDraft(draftWith([named, unnamed])).bylines).toEqual([named]);
    const state = run(start(), addUnnamedByline, { type: "edited", patch: { headline: "新主题" } }, { type: "saveRequested", mode: "autosave" });
    const request = state.running;
    if (request?.kind !== "save") throw new Error("expected an autosave to run");
    expect(request.draft.bylines).toEqual([named]);
    expect(request.draft.headline).toBe("新主题");
    // The form keeps the byline being filled in.
    expect(state.draft.bylines).toEqual([named, unnamed]);
  });

  it("stops an explicit save and a publish with a message naming the field, keeping the form", () => {
    for (const event of [{ type: "saveRequested", mode: "save" }, { type: "publishRequested" }] as const) {
      const state = run(start(), addUnnamedByline, event);
      expect(state.running).toBeNull();
      expect(state.queued.publish).toBe(false);
      expect(state.error).toBe("请先填写：署名 2 的姓名");
      expect(state.draft.bylines).toEqual([named, unnamed]);
      expect(savePhase(state)).toBe("dirty");
    }
  });
});
