// The editor's save state machine, pure so it is tested without a browser: what is typed, what the server
// holds, which request runs now and which wait their turn, and what a conflict leaves to decide.
// `useEditorSession` runs `state.running` (one request at a time) and feeds the outcome back as an event.
// Nothing typed is dropped: every edit bumps `editSeq`, and the form is saved only up to the edit it sent.
// Another editor's version (merged by the server into a save, refused in a conflict, or loaded because
// presence said it exists) is merged with the form three-way (merge-transitions.ts); only blocks both
// changed wait for a choice.
import type { TEditorialStatus } from "@/lib/articles/status";
import { mergeStories } from "@/lib/content/merge/merge-story";
import type { TApiFailure } from "@/lib/newsroom-client/api";
import type { TEditableArticleResponse, TEditableDraft } from "@/lib/newsroom-client/schemas";
import { autosavableDraft, draftProblems, problemsMessage } from "./draft-problems";
import { adoptMerged, MERGED_BEFORE_PUBLISH, MERGED_NOTICE, mergeOnto } from "./merge-transitions";

export type TSavePhase = "saved" | "dirty" | "saving" | "error" | "conflict";
export type TSaveMode = "autosave" | "save";

export type TEditorRequest =
  /** Sends `draft` (the form as of edit number `seq`) based on `baseVersion`. */
  | { kind: "save"; id: number; mode: TSaveMode; baseVersion: number; draft: TEditableDraft; seq: number }
  | { kind: "publish"; id: number; baseVersion: number }
  | { kind: "unpublish"; id: number };

export interface TEditorState {
  /** The form as it is now. */
  draft: TEditableDraft;
  /** The server version the form is based on, and that version's content as this editor knows it. */
  baseVersion: number;
  baseDraft: TEditableDraft;
  status: TEditorialStatus;
  missingJumpPages: number[];
  /** Edits so far; the server has the form as of edit `savedSeq`; the save of edit `failedSeq` failed. */
  editSeq: number;
  savedSeq: number;
  failedSeq: number | null;
  running: TEditorRequest | null;
  lastRequestId: number;
  /** Requests waiting for the running one; a save always runs before a waiting publish. */
  queued: { save: TSaveMode | null; publish: boolean; unpublish: boolean };
  /** Set while a conflict waits for a decision: the version the other editor saved. */
  theirs: TEditableArticleResponse | null;
  /** While a conflict waits: the version both sides started from (the merge's base). */
  conflictBase: TEditableDraft | null;
  /** A newer version someone else saved, not loaded yet: named by presence, or unnamed when a publish was refused for it. */
  latest: { version: number | null; updatedBy: string | null } | null;
  /** Bumped whenever the form is replaced from outside (a merge): the body editor loads `draft` again. */
  replaced: number;
  error: string | null;
  notice: string | null;
}

export type TEditorEvent =
  | { type: "edited"; patch: Partial<TEditableDraft> }
  | { type: "saveRequested"; mode: TSaveMode }
  | { type: "publishRequested" }
  | { type: "unpublishRequested" }
  | { type: "saveSucceeded"; requestId: number; article: TEditableArticleResponse }
  | { type: "publishSucceeded"; requestId: number }
  | { type: "unpublishSucceeded"; requestId: number }
  | { type: "requestConflicted"; requestId: number; current: TEditableArticleResponse; base?: TEditableDraft }
  /** `stale`: refused because the story has a newer version than the one named (a publish from a stale window). */
  | { type: "requestFailed"; requestId: number; message: string; stale?: true }
  /** The editor's choices applied to every conflict: `draft` is the result, to be saved on top of theirs. */
  | { type: "mergeResolved"; draft: TEditableDraft }
  /** Presence named the story's current version. */
  | { type: "latestSeen"; version: number; updatedBy: string | null }
  /** The current version, fetched to be merged into the form. */
  | { type: "latestLoaded"; article: TEditableArticleResponse };

export const SAVE_PHASE_LABELS: Record<TSavePhase, string> = {
  saved: "已保存",
  dirty: "有未保存的修改",
  saving: "正在保存…",
  error: "保存失败",
  conflict: "保存冲突",
};
export const SIGNED_OUT_MESSAGE = "登录已失效：请在新标签页重新登录后再点“保存”，本页内容不会丢失";
export const PUBLISHED_NOTICE = "已发布：读者现在看到的是这一版。";
export const UNPUBLISHED_NOTICE = "已撤下：读者不再看到这篇稿件。";
export const LATEST_LOADED_NOTICE = "已载入最新版本，你未保存的修改已保留。";

export function initialEditorState(article: TEditableArticleResponse): TEditorState {
  return {
    draft: article.draft,
    baseVersion: article.version,
    baseDraft: article.draft,
    status: article.status,
    missingJumpPages: article.missingJumpPages,
    editSeq: 0,
    savedSeq: 0,
    failedSeq: null,
    running: null,
    lastRequestId: 0,
    queued: { save: null, publish: false, unpublish: false },
    theirs: null,
    conflictBase: null,
    latest: null,
    replaced: 0,
    error: null,
    notice: null,
  };
}

const isDirty = (state: TEditorState) => state.editSeq !== state.savedSeq;

/** Edits that no finished or running save carries. */
const hasUnsentEdits = (state: TEditorState) => isDirty(state) && !(state.running?.kind === "save" && state.running.seq === state.editSeq);

export function savePhase(state: TEditorState): TSavePhase {
  if (state.theirs) return "conflict";
  if (state.running?.kind === "save" && state.running.seq === state.editSeq) return "saving";
  if (!isDirty(state)) return "saved";
  if (state.failedSeq === state.editSeq && state.running === null) return "error";
  return "dirty";
}

/** A publish or unpublish is running or waiting: their buttons stay disabled. */
export function isBusy(state: TEditorState): boolean {
  const kind = state.running?.kind;
  return kind === "publish" || kind === "unpublish" || state.queued.publish || state.queued.unpublish;
}

/** May the page be left without losing anything typed? */
export function mayLeave(state: TEditorState): boolean {
  const { queued } = state;
  const waiting = queued.save !== null || queued.publish || queued.unpublish;
  return savePhase(state) === "saved" && state.running === null && !waiting;
}

/** Starts the next waiting request if none runs. Saves and publishing wait while a conflict is open. */
function startNext(state: TEditorState): TEditorState {
  if (state.running) return state;
  let queued = state.queued;
  // An autosave with nothing new to send is no longer needed.
  if (queued.save === "autosave" && !isDirty(state)) queued = { ...queued, save: null };
  const id = state.lastRequestId + 1;
  if (!state.theirs && queued.save) {
    // An autosave sends what is valid and leaves out what is half filled in; an explicit save sends all.
    const draft = queued.save === "autosave" ? autosavableDraft(state.draft) : state.draft;
    const running: TEditorRequest = { kind: "save", id, mode: queued.save, baseVersion: state.baseVersion, draft, seq: state.editSeq };
    return { ...state, running, lastRequestId: id, queued: { ...queued, save: null } };
  }
  if (!state.theirs && queued.publish) {
    return { ...state, running: { kind: "publish", id, baseVersion: state.baseVersion }, lastRequestId: id, queued: { ...queued, publish: false } };
  }
  if (queued.unpublish) {
    return { ...state, running: { kind: "unpublish", id }, lastRequestId: id, queued: { ...queued, unpublish: false } };
  }
  return queued === state.queued ? state : { ...state, queued };
}

/** The running request, if `requestId` names it (a late answer to anything else is ignored). */
function runningWith(state: TEditorState, requestId: number): TEditorRequest | null {
  return state.running?.id === requestId ? state.running : null;
}

export function editorReducer(state: TEditorState, event: TEditorEvent): TEditorState {
  switch (event.type) {
    case "edited":
      return { ...state, draft: { ...state.draft, ...event.patch }, editSeq: state.editSeq + 1 };

    case "saveRequested": {
      if (state.theirs) return state;
      const incomplete = event.mode === "save" ? problemsMessage(draftProblems(state.draft)) : null;
      if (incomplete) return { ...state, error: incomplete };
      const save = state.queued.save === "save" ? "save" : event.mode;
      return startNext({ ...state, queued: { ...state.queued, save } });
    }

    case "publishRequested": {
      if (state.theirs || isBusy(state)) return state;
      const incomplete = problemsMessage(draftProblems(state.draft));
      if (incomplete) return { ...state, error: incomplete };
      // Publish what is on screen: save first whatever no save carries yet.
      const save = hasUnsentEdits(state) ? "save" : state.queued.save;
      return startNext({ ...state, notice: null, queued: { ...state.queued, save, publish: true } });
    }

    case "unpublishRequested":
      if (isBusy(state)) return state;
      return startNext({ ...state, queued: { ...state.queued, unpublish: true } });

    case "saveSucceeded": {
      const run = runningWith(state, event.requestId);
      if (run?.kind !== "save") return state;
      if (event.article.version !== run.baseVersion + 1) {
        // The server merged this save with another editor's: bring theirs onto the screen, keep what was
        // typed since, and publish nothing the editor has not seen.
        const saved: TEditorState = { ...state, running: null, savedSeq: run.seq, failedSeq: null, error: null };
        const publishing = state.queued.publish;
        const merged = mergeOnto({ ...saved, queued: { ...saved.queued, publish: false } }, event.article, run.draft);
        return startNext({ ...merged, notice: publishing ? MERGED_BEFORE_PUBLISH : MERGED_NOTICE });
      }
      return startNext({
        ...state,
        running: null,
        baseVersion: event.article.version,
        baseDraft: run.draft,
        savedSeq: run.seq,
        failedSeq: null,
        status: event.article.status,
        missingJumpPages: event.article.missingJumpPages,
        error: null,
      });
    }

    case "publishSucceeded":
      if (runningWith(state, event.requestId)?.kind !== "publish") return state;
      return startNext({ ...state, running: null, status: "published", error: null, notice: PUBLISHED_NOTICE });

    case "unpublishSucceeded":
      if (runningWith(state, event.requestId)?.kind !== "unpublish") return state;
      return startNext({ ...state, running: null, status: "draft", error: null, notice: UNPUBLISHED_NOTICE });

    case "requestConflicted": {
      const run = runningWith(state, event.requestId);
      if (!run) return state;
      // Waiting saves and a waiting publish are dropped: the editor decides first. The form is untouched.
      const base = event.base ?? state.baseDraft;
      const stopped: TEditorState = { ...state, running: null, queued: { ...state.queued, save: null, publish: false } };
      // A save the server could not merge (the version it started from is no longer kept) is merged here,
      // where that version is known; a refused publish is never retried on its own.
      if (run.kind === "save" && mergeStories(base, event.current.draft, state.draft).conflicts.length === 0) {
        const merged = mergeOnto(stopped, event.current, base);
        return startNext({ ...merged, notice: MERGED_NOTICE, queued: { ...merged.queued, save: run.mode } });
      }
      return startNext({ ...stopped, theirs: event.current, conflictBase: base });
    }

    case "requestFailed": {
      const run = runningWith(state, event.requestId);
      if (!run) return state;
      const saveFailed = run.kind === "save";
      return startNext({
        ...state,
        running: null,
        error: event.message,
        failedSeq: saveFailed ? run.seq : state.failedSeq,
        // A publish waiting for this save would publish something else than the screen shows.
        queued: saveFailed ? { ...state.queued, publish: false } : state.queued,
        // A publish refused for a newer version: offer to load it (never published from here unseen).
        latest: run.kind === "publish" && event.stale ? (state.latest ?? { version: null, updatedBy: null }) : state.latest,
      });
    }

    case "mergeResolved": {
      const { theirs } = state;
      if (!theirs) return state;
      const adopted = adoptMerged(state, theirs, event.draft);
      // An explicit choice: saved at once on top of their version (nothing to save if theirs was taken whole).
      return startNext({ ...adopted, error: null, queued: { ...adopted.queued, save: savePhase(adopted) === "saved" ? null : "save" } });
    }

    case "latestSeen": {
      if (event.version <= state.baseVersion) return state.latest ? { ...state, latest: null } : state;
      // A save under way will say itself what it was merged with.
      if (state.running?.kind === "save" || state.latest?.version === event.version) return state;
      return { ...state, latest: { version: event.version, updatedBy: event.updatedBy } };
    }

    case "latestLoaded": {
      if (state.theirs || state.running) return state;
      if (event.article.version <= state.baseVersion) return { ...state, latest: null };
      const merged = mergeOnto({ ...state, latest: null }, event.article, state.baseDraft);
      return startNext(merged.theirs ? merged : { ...merged, notice: LATEST_LOADED_NOTICE, error: null });
    }
  }
}

/** The event that reports a request the server did not carry out. */
export function failureEvent(requestId: number, failure: TApiFailure): TEditorEvent {
  if (failure.kind === "conflict") {
    return failure.base
      ? { type: "requestConflicted", requestId, current: failure.current, base: failure.base }
      : { type: "requestConflicted", requestId, current: failure.current };
  }
  const message = failure.kind === "unauthenticated" ? SIGNED_OUT_MESSAGE : failure.message;
  return failure.kind === "error" && failure.code === "CONFLICT"
    ? { type: "requestFailed", requestId, message, stale: true }
    : { type: "requestFailed", requestId, message };
}
