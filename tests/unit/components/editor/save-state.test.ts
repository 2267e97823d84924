// The editor's save state machine: what it sends, when, and that nothing typed is ever dropped.
import { describe, expect, it } from "vitest";
import { MERGED_BEFORE_PUBLISH, MERGED_NOTICE } from "@/components/editor/merge-transitions";
import {
  editorReducer,
  failureEvent,
  initialEditorState,
  isBusy,
  LATEST_LOADED_NOTICE,
  mayLeave,
  PUBLISHED_NOTICE,
  SIGNED_OUT_MESSAGE,
  savePhase,
  type TEditorEvent,
  type TEditorRequest,
  type TEditorState,
  UNPUBLISHED_NOTICE,
} from "@/components/editor/save-state";
import { mergeStories } from "@/lib/content/merge/merge-story";
import { resolveMerge } from "@/lib/content/merge/resolve-merge";
import type { TEditableArticleResponse, TEditableDraft } from "@/lib/newsroom-client/schemas";

function draftOf(headline: string): TEditableDraft {
  return {
    kind: "feature",
    columnName: "民间投资重点项目巡礼",
    sectionId: null,
    kicker: "山西北斗产业园——",
    headline,
    subheadline: null,
    dateline: null,
    bylines: [{ contributorId: 4, name: "王菲", role: "reporter", affiliation: "本报" }],
    pageId: 1,
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "园区建设如火如荼。" }] }] },
  };
}

function articleOf(version: number, draft: TEditableDraft, extra: Partial<TEditableArticleResponse> = {}): TEditableArticleResponse {
  return {
    id: 4,
    version,
    status: "published",
    draft,
    placement: { issueDate: "2025-12-20", pageNumber: 1, pageName: "要闻" },
    missingJumpPages: [],
    updatedAt: "2026-11-30T02:00:00.000Z",
    updatedBy: "王编辑",
    firstPublishedAt: "2025-12-20T00:00:00.000Z",
    ...extra,
  };
}

const start = () => initialEditorState(articleOf(3, draftOf("竞逐“北斗”新赛道")));
const run = (state: TEditorState, ...events: TEditorEvent[]) => events.reduce(editorReducer, state);
const edit = (headline: string): TEditorEvent => ({ type: "edited", patch: { headline } });
const autosave: TEditorEvent = { type: "saveRequested", mode: "autosave" };
const save: TEditorEvent = { type: "saveRequested", mode: "save" };

function running<K extends TEditorRequest["kind"]>(state: TEditorState, kind: K): Extract<TEditorRequest, { kind: K }> {
  const request = state.running;
  if (request?.kind !== kind) throw new Error(`expected a running ${kind}, got ${request?.kind ?? "nothing"}`);
  return request as Extract<TEditorRequest, { kind: K }>;
}

/** The server accepts the running save and answers with `version`. */
function saveSucceeds(state: TEditorState, version: number, extra: Partial<TEditableArticleResponse> = {}): TEditorState {
  const request = running(state, "save");
  return editorReducer(state, { type: "saveSucceeded", requestId: request.id, article: articleOf(version, request.draft, extra) });
}

describe("saving", () => {
  it("starts saved, becomes dirty on an edit, and may not be left until saved", () => {
    const state = start();
    expect(savePhase(state)).toBe("saved");
    expect(mayLeave(state)).toBe(true);
    const edited = run(state, edit("竞逐北斗"));
    expect(savePhase(edited)).toBe("dirty");
    expect(edited.draft.headline).toBe("竞逐北斗");
    expect(mayLeave(edited)).toBe(false);
  });

  it("autosaves the latest draft based on the version it started from", () => {
    const state = run(start(), edit("竞"), edit("竞逐"), autosave);
    const request = running(state, "save");
    expect(request).toMatchObject({ mode: "autosave", baseVersion: 3, seq: 2 });
    expect(request.draft.headline).toBe("竞逐");
    expect(savePhase(state)).toBe("saving");
    expect(mayLeave(state)).toBe(false);

    const saved = saveSucceeds(state, 4, { status: "changed", missingJumpPages: [4] });
    expect(savePhase(saved)).toBe("saved");
    expect(saved.running).toBeNull();
    expect(saved.baseVersion).toBe(4);
    expect(saved.baseDraft.headline).toBe("竞逐");
    expect(saved.status).toBe("changed");
    expect(saved.missingJumpPages).toEqual([4]);
    expect(mayLeave(saved)).toBe(true);
  });

  it("sends no autosave when nothing changed, but an explicit save always runs", () => {
    expect(run(start(), autosave).running).toBeNull();
    expect(running(run(start(), save), "save")).toMatchObject({ mode: "save", baseVersion: 3 });
  });

  it("keeps an edit made during a save dirty, and saves it next with the new version", () => {
    let state = run(start(), edit("一"), autosave, edit("一二"));
    expect(savePhase(state)).toBe("dirty");
    state = saveSucceeds(state, 4);
    expect(savePhase(state)).toBe("dirty");
    expect(state.draft.headline).toBe("一二");
    expect(mayLeave(state)).toBe(false);

    state = run(state, autosave);
    const request = running(state, "save");
    expect(request.draft.headline).toBe("一二");
    expect(request.baseVersion).toBe(4);
  });

  it("queues a save requested during another and runs it after, with the latest draft", () => {
    let state = run(start(), edit("一"), autosave);
    const first = running(state, "save");
    state = run(state, edit("一二"), save, edit("一二三"));
    // Still the first request: one at a time.
    expect(state.running).toBe(first);
    expect(state.queued.save).toBe("save");

    state = saveSucceeds(state, 4);
    const second = running(state, "save");
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ mode: "save", baseVersion: 4, seq: 3 });
    expect(second.draft.headline).toBe("一二三");
    expect(state.queued.save).toBeNull();

    state = saveSucceeds(state, 5);
    expect(savePhase(state)).toBe("saved");
    expect(state.running).toBeNull();
  });

  it("lets an explicit save win over an autosave waiting with it", () => {
    const running1 = run(start(), edit("一"), autosave);
    expect(run(running1, save, autosave).queued.save).toBe("save");
    expect(run(running1, autosave, save).queued.save).toBe("save");
  });

  it("drops a waiting autosave when the running save already carried every edit", () => {
    let state = run(start(), edit("一"), autosave, autosave);
    expect(state.queued.save).toBe("autosave");
    state = saveSucceeds(state, 4);
    expect(state.running).toBeNull();
    expect(state.queued.save).toBeNull();
    expect(mayLeave(state)).toBe(true);
  });

  it("ignores a late answer to a request that is not the running one", () => {
    const state = run(start(), edit("一"), autosave);
    const request = running(state, "save");
    const stale = run(
      state,
      { type: "saveSucceeded", requestId: request.id + 1, article: articleOf(9, draftOf("别的")) },
      { type: "requestFailed", requestId: request.id - 1, message: "旧的失败" },
    );
    expect(stale).toEqual(state);
  });
});

describe("a failed save", () => {
  it("shows the error, keeps the text, and retries with the next edit", () => {
    let state = run(start(), edit("一"), autosave);
    state = run(state, { type: "requestFailed", requestId: running(state, "save").id, message: "网络连接失败，内容仍在本页，请稍后重试" });
    expect(savePhase(state)).toBe("error");
    expect(state.error).toBe("网络连接失败，内容仍在本页，请稍后重试");
    expect(state.draft.headline).toBe("一");
    expect(mayLeave(state)).toBe(false);

    state = run(state, edit("一二"));
    expect(savePhase(state)).toBe("dirty");
    state = run(state, autosave);
    expect(running(state, "save")).toMatchObject({ baseVersion: 3 });
    expect(running(state, "save").draft.headline).toBe("一二");
    state = saveSucceeds(state, 4);
    expect(state.error).toBeNull();
    expect(savePhase(state)).toBe("saved");
  });

  it("still runs a save that was waiting for it", () => {
    let state = run(start(), edit("一"), autosave, edit("一二"), save);
    state = run(state, { type: "requestFailed", requestId: running(state, "save").id, message: "保存失败" });
    expect(running(state, "save").draft.headline).toBe("一二");
    expect(savePhase(state)).toBe("saving");
  });

  it("is reported with a message in Chinese for each kind of failure", () => {
    const current = articleOf(5, draftOf("对方"));
    expect(failureEvent(7, { kind: "unauthenticated", message: "请先登录" })).toEqual({ type: "requestFailed", requestId: 7, message: SIGNED_OUT_MESSAGE });
    expect(failureEvent(7, { kind: "network", message: "网络连接失败" })).toEqual({ type: "requestFailed", requestId: 7, message: "网络连接失败" });
    expect(failureEvent(7, { kind: "error", status: 422, code: "INVALID_INPUT", message: "输入有误" })).toEqual({
      type: "requestFailed",
      requestId: 7,
      message: "输入有误",
    });
    expect(failureEvent(7, { kind: "conflict", message: "已被修改", current })).toEqual({ type: "requestConflicted", requestId: 7, current });
  });
});

describe("a conflict", () => {
  // The other editor changed the headline too (and the subheadline, which I left alone).
  const theirs = articleOf(
    4,
    { ...draftOf("竞逐“北斗”新赛道（对方）"), subheadline: "——园区已签约入驻企业60余家" },
    { status: "changed", missingJumpPages: [6] },
  );
  const headlineChoice = (merge: ReturnType<typeof conflictMerge>, choice: "mine" | "theirs") => resolveMerge(merge, { "field-headline": choice });

  function inConflict(): TEditorState {
    let state = run(start(), edit("民营经济"), autosave, edit("民营经济看晋中"), save);
    state = run(state, { type: "requestConflicted", requestId: running(state, "save").id, current: theirs });
    return state;
  }
  function conflictMerge(state: TEditorState) {
    if (!state.theirs || !state.conflictBase) throw new Error("no conflict");
    return mergeStories(state.conflictBase, state.theirs.draft, state.draft);
  }

  it("stops saving and publishing until the editor decides, and keeps what is typed meanwhile", () => {
    let state = inConflict();
    expect(savePhase(state)).toBe("conflict");
    expect(state.running).toBeNull();
    expect(state.queued).toEqual({ save: null, publish: false, unpublish: false });
    expect(mayLeave(state)).toBe(false);
    // Both changed the headline from the version this editor started from: that is the one conflict.
    expect(state.conflictBase).toEqual(start().baseDraft);
    expect(conflictMerge(state).conflicts).toEqual([
      { id: "field-headline", kind: "field", field: "headline", base: "竞逐“北斗”新赛道", mine: "民营经济看晋中", theirs: "竞逐“北斗”新赛道（对方）" },
    ]);

    state = run(state, edit("民营经济看晋中——"), autosave, save, { type: "publishRequested" });
    expect(state.running).toBeNull();
    expect(savePhase(state)).toBe("conflict");
    expect(state.draft.headline).toBe("民营经济看晋中——");
  });

  it("uses the base the server sent with the conflict when there is one", () => {
    let state = run(start(), edit("民营经济"), save);
    const base = { ...draftOf("服务器记录的起点"), kicker: null };
    state = run(state, { type: "requestConflicted", requestId: running(state, "save").id, current: theirs, base });
    expect(state.conflictBase).toEqual(base);
  });

  it("takes their side of a conflict and keeps my other edits, including those typed during the conflict, saving on top of theirs", () => {
    let state = run(inConflict(), { type: "edited", patch: { kicker: "民营经济看晋中——" } });
    state = run(state, { type: "mergeResolved", draft: headlineChoice(conflictMerge(state), "theirs") });
    expect(state.theirs).toBeNull();
    expect(state.draft).toEqual({ ...theirs.draft, kicker: "民营经济看晋中——" });
    expect(state.baseVersion).toBe(4);
    expect(state.baseDraft).toEqual(theirs.draft);
    expect(state.status).toBe("changed");
    expect(state.missingJumpPages).toEqual([6]);
    // The merge is saved at once, based on their version; the body editor is told to reload.
    const request = running(state, "save");
    expect(request).toMatchObject({ mode: "save", baseVersion: 4 });
    expect(request.draft.kicker).toBe("民营经济看晋中——");
    expect(state.replaced).toBe(1);
    expect(mayLeave(state)).toBe(false);
    state = saveSucceeds(state, 5);
    expect(savePhase(state)).toBe("saved");
    expect(mayLeave(state)).toBe(true);
  });

  it("takes my side: saves mine on top of their version and keeps their other changes", () => {
    const conflicted = inConflict();
    const state = run(conflicted, { type: "mergeResolved", draft: headlineChoice(conflictMerge(conflicted), "mine") });
    const request = running(state, "save");
    expect(request).toMatchObject({ mode: "save", baseVersion: 4 });
    expect(request.draft.headline).toBe("民营经济看晋中");
    expect(request.draft.subheadline).toBe("——园区已签约入驻企业60余家");
    expect(savePhase(state)).toBe("saving");
    expect(state.baseDraft).toEqual(theirs.draft);
    const saved = saveSucceeds(state, 5);
    expect(savePhase(saved)).toBe("saved");
    expect(saved.draft.headline).toBe("民营经济看晋中");
  });

  it("needs no save when the choices give exactly their version", () => {
    const conflicted = run(start(), edit("民营经济"), save);
    const state = run(conflicted, { type: "requestConflicted", requestId: running(conflicted, "save").id, current: theirs });
    const resolved = run(state, { type: "mergeResolved", draft: headlineChoice(conflictMerge(state), "theirs") });
    expect(resolved.running).toBeNull();
    expect(savePhase(resolved)).toBe("saved");
    expect(resolved.draft).toEqual(theirs.draft);
  });

  it("merges a refused save at once when nothing was changed by both, and saves the result", () => {
    let state = run(start(), { type: "edited", patch: { kicker: "民营经济看晋中——" } }, autosave);
    const subOnly = articleOf(4, { ...draftOf("竞逐“北斗”新赛道"), subheadline: "——园区已签约入驻企业60余家" });
    state = run(state, { type: "requestConflicted", requestId: running(state, "save").id, current: subOnly });
    expect(state.theirs).toBeNull();
    expect(state.notice).toBe(MERGED_NOTICE);
    expect(running(state, "save")).toMatchObject({ mode: "autosave", baseVersion: 4 });
    expect(running(state, "save").draft).toMatchObject({ kicker: "民营经济看晋中——", subheadline: "——园区已签约入驻企业60余家" });
  });

  it("refuses a publish from a stale window with the offer to load the latest, and publishes only after that", () => {
    let state = run(start(), { type: "publishRequested" });
    const refusal = failureEvent(running(state, "publish").id, {
      kind: "error",
      status: 409,
      code: "CONFLICT",
      message: "稿件已被他人修改（当前版本 4，你看到的是 3），请先查看最新内容再发布",
    });
    state = run(state, refusal);
    expect(state.error).toMatch(/请先查看最新内容再发布/);
    expect(state.running).toBeNull();
    expect(state.status).toBe("published");
    expect(state.latest).toEqual({ version: null, updatedBy: null });
    // Loading it merges it into the form (nothing typed here: the form becomes theirs), and publishing works again.
    const newer = articleOf(4, { ...draftOf("竞逐“北斗”新赛道"), subheadline: "——别的窗口改的副题" });
    state = run(state, { type: "latestLoaded", article: newer });
    expect(state.latest).toBeNull();
    expect(state.error).toBeNull();
    expect(savePhase(state)).toBe("saved");
    expect(state.draft.subheadline).toBe("——别的窗口改的副题");
    state = run(state, { type: "publishRequested" });
    expect(running(state, "publish").baseVersion).toBe(4);
  });

  it("loads the latest from a refused publish as a merge too, when a conflict was refused there", () => {
    let state = run(start(), { type: "publishRequested" });
    const newer = articleOf(4, { ...draftOf("竞逐“北斗”新赛道"), subheadline: "——别的窗口改的副题" });
    state = run(state, { type: "requestConflicted", requestId: running(state, "publish").id, current: newer });
    expect(savePhase(state)).toBe("conflict");
    state = run(state, { type: "mergeResolved", draft: conflictMerge(state).story });
    expect(savePhase(state)).toBe("saved");
    expect(state.draft.subheadline).toBe("——别的窗口改的副题");
  });

  it("ignores a decision when there is no conflict", () => {
    const state = run(start(), edit("一"));
    expect(run(state, { type: "mergeResolved", draft: draftOf("别的") })).toEqual(state);
  });
});

describe("another editor's version", () => {
  const withParagraphs = (headline: string, ...texts: string[]): TEditableDraft => ({
    ...draftOf(headline),
    body: { type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) },
  });
  const start2 = () => initialEditorState(articleOf(3, withParagraphs("标题", "甲", "乙")));
  const body = (state: TEditorState) =>
    state.draft.body.content.map((block) =>
      block.type === "paragraph" ? block.content?.map((node) => ("text" in node ? node.text : "")).join("") : block.type,
    );
  const bodyEdit = (...texts: string[]): TEditorEvent => ({ type: "edited", patch: { body: withParagraphs("", ...texts).body } });

  it("is brought onto the screen when the server merged my save with it, keeping what I typed since", () => {
    let state = run(start2(), bodyEdit("甲", "乙（我改）"), autosave);
    const request = running(state, "save");
    state = run(state, bodyEdit("甲", "乙（我改）", "丙（保存后才打的）"));
    // Someone saved version 4 (changed 甲); my save became version 5.
    state = run(state, { type: "saveSucceeded", requestId: request.id, article: articleOf(5, withParagraphs("标题", "甲（对方改）", "乙（我改）")) });
    expect(body(state)).toEqual(["甲（对方改）", "乙（我改）", "丙（保存后才打的）"]);
    expect(state.baseVersion).toBe(5);
    expect(state.replaced).toBe(1);
    expect(state.notice).toBe(MERGED_NOTICE);
    expect(savePhase(state)).toBe("dirty");
  });

  it("is saved and clean when nothing was typed after the merged save", () => {
    let state = run(start2(), bodyEdit("甲", "乙（我改）"), autosave);
    state = saveSucceeds(state, 5, { draft: withParagraphs("标题", "甲（对方改）", "乙（我改）") });
    expect(body(state)).toEqual(["甲（对方改）", "乙（我改）"]);
    expect(savePhase(state)).toBe("saved");
    expect(mayLeave(state)).toBe(true);
  });

  it("drops a waiting publish when the save before it was merged, so nothing unseen goes out", () => {
    let state = run(start2(), bodyEdit("甲", "乙（我改）"), { type: "publishRequested" });
    state = saveSucceeds(state, 5, { draft: withParagraphs("标题", "甲（对方改）", "乙（我改）") });
    expect(state.running).toBeNull();
    expect(state.queued.publish).toBe(false);
    expect(state.notice).toBe(MERGED_BEFORE_PUBLISH);
  });

  it("is announced by presence and merged with unsaved edits when loaded", () => {
    let state = run(start2(), { type: "latestSeen", version: 3, updatedBy: "王编辑" });
    expect(state.latest).toBeNull();
    state = run(state, bodyEdit("甲", "乙（我改）"), { type: "latestSeen", version: 4, updatedBy: "王编辑" });
    expect(state.latest).toEqual({ version: 4, updatedBy: "王编辑" });
    state = run(state, { type: "latestLoaded", article: articleOf(4, withParagraphs("标题（对方）", "甲（对方改）", "乙")) });
    expect(state.latest).toBeNull();
    expect(state.draft.headline).toBe("标题（对方）");
    expect(body(state)).toEqual(["甲（对方改）", "乙（我改）"]);
    expect(state.baseVersion).toBe(4);
    expect(state.notice).toBe(LATEST_LOADED_NOTICE);
    // My edit is still unsaved, now based on version 4.
    expect(savePhase(state)).toBe("dirty");
    state = run(state, autosave);
    expect(running(state, "save").baseVersion).toBe(4);
  });

  it("is loaded as the form itself when nothing was typed here", () => {
    const state = run(
      start2(),
      { type: "latestSeen", version: 4, updatedBy: "王编辑" },
      { type: "latestLoaded", article: articleOf(4, withParagraphs("新", "甲")) },
    );
    expect(state.draft.headline).toBe("新");
    expect(savePhase(state)).toBe("saved");
    expect(state.replaced).toBe(1);
  });

  it("opens the block conflict when loading it meets an edit of the same paragraph", () => {
    const newer = articleOf(4, withParagraphs("标题", "甲", "乙（对方改）"));
    const state = run(start2(), bodyEdit("甲", "乙（我改）"), { type: "latestLoaded", article: newer });
    expect(savePhase(state)).toBe("conflict");
    expect(state.theirs).toEqual(newer);
    expect(body(state)).toEqual(["甲", "乙（我改）"]);
  });

  it("is not announced while my own save runs, and forgotten once my version catches up", () => {
    let state = run(start2(), bodyEdit("甲", "乙（我改）"), autosave, { type: "latestSeen", version: 4, updatedBy: "我" });
    expect(state.latest).toBeNull();
    state = saveSucceeds(state, 4);
    state = run(state, { type: "latestSeen", version: 5, updatedBy: "王编辑" });
    expect(state.latest?.version).toBe(5);
    state = run(state, { type: "latestSeen", version: 4, updatedBy: "王编辑" });
    expect(state.latest).toBeNull();
  });
});

describe("publishing", () => {
  it("publishes a saved story at its version", () => {
    let state = run(start(), { type: "publishRequested" });
    expect(running(state, "publish").baseVersion).toBe(3);
    expect(isBusy(state)).toBe(true);
    state = run(state, { type: "publishSucceeded", requestId: running(state, "publish").id });
    expect(state.status).toBe("published");
    expect(state.notice).toBe(PUBLISHED_NOTICE);
    expect(isBusy(state)).toBe(false);
  });

  it("saves unsaved edits first, then publishes the version that save made", () => {
    let state = run(start(), edit("一"), { type: "publishRequested" });
    expect(running(state, "save").mode).toBe("save");
    expect(isBusy(state)).toBe(true);
    state = saveSucceeds(state, 4);
    expect(running(state, "publish").baseVersion).toBe(4);
  });

  it("waits for a running save that carries every edit, without saving twice", () => {
    let state = run(start(), edit("一"), autosave, { type: "publishRequested" });
    expect(state.queued).toEqual({ save: null, publish: true, unpublish: false });
    state = saveSucceeds(state, 4);
    expect(running(state, "publish").baseVersion).toBe(4);
  });

  it("does not publish when the save before it fails or conflicts", () => {
    const pending = run(start(), edit("一"), { type: "publishRequested" });
    const id = running(pending, "save").id;
    const failed = run(pending, { type: "requestFailed", requestId: id, message: "保存失败" });
    expect(failed.running).toBeNull();
    expect(failed.queued.publish).toBe(false);
    expect(isBusy(failed)).toBe(false);
    const conflicted = run(pending, { type: "requestConflicted", requestId: id, current: articleOf(4, draftOf("对方")) });
    expect(conflicted.running).toBeNull();
    expect(conflicted.queued.publish).toBe(false);
  });

  it("shows a refused publish as an error and keeps the story saved", () => {
    let state = run(start(), { type: "publishRequested" });
    state = run(state, { type: "requestFailed", requestId: running(state, "publish").id, message: "不能发布：请先填写主题" });
    expect(state.error).toBe("不能发布：请先填写主题");
    expect(savePhase(state)).toBe("saved");
    expect(state.status).toBe("published");
  });

  it("ignores a second publish or an unpublish while one is under way", () => {
    const state = run(start(), { type: "publishRequested" });
    expect(run(state, { type: "publishRequested" }, { type: "unpublishRequested" })).toEqual(state);
  });

  it("lets autosaves typed during a publish wait for it", () => {
    let state = run(start(), { type: "publishRequested" }, edit("一"), autosave);
    expect(state.running?.kind).toBe("publish");
    state = run(state, { type: "publishSucceeded", requestId: running(state, "publish").id });
    expect(running(state, "save").draft.headline).toBe("一");
  });

  it("unpublishes", () => {
    let state = run(start(), { type: "unpublishRequested" });
    expect(isBusy(state)).toBe(true);
    state = run(state, { type: "unpublishSucceeded", requestId: running(state, "unpublish").id });
    expect(state.status).toBe("draft");
    expect(state.notice).toBe(UNPUBLISHED_NOTICE);
    expect(mayLeave(state)).toBe(true);
  });
});
