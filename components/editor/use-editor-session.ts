"use client";
// Runs the save state machine: performs its one running request through the typed API, autosaves a moment
// after typing stops. Leaving the page is guarded by `useLeaveGuard`.
import { type Dispatch, useEffect, useReducer, useState } from "react";
import { newsroomApi } from "@/lib/newsroom-client/api";
import type { TEditableArticleResponse } from "@/lib/newsroom-client/schemas";
import { editorReducer, failureEvent, initialEditorState, savePhase, type TEditorEvent, type TEditorRequest, type TEditorState } from "./save-state";

export const AUTOSAVE_DELAY_MS = 1500;

async function perform(articleId: number, request: TEditorRequest): Promise<TEditorEvent> {
  const requestId = request.id;
  switch (request.kind) {
    case "save": {
      const { baseVersion, mode, draft } = request;
      const result = await newsroomApi.saveArticle(articleId, { baseVersion, mode, draft });
      return result.kind === "ok" ? { type: "saveSucceeded", requestId, article: result.data } : failureEvent(requestId, result);
    }
    case "publish": {
      const result = await newsroomApi.publishArticle(articleId, { baseVersion: request.baseVersion });
      return result.kind === "ok" ? { type: "publishSucceeded", requestId } : failureEvent(requestId, result);
    }
    case "unpublish": {
      const result = await newsroomApi.unpublishArticle(articleId);
      return result.kind === "ok" ? { type: "unpublishSucceeded", requestId } : failureEvent(requestId, result);
    }
  }
}

/** When the server's draft last changed and by whom, as of the latest answer (shown as 最后修改). */
export type TLastChange = { at: string; by: string | null };

export function useEditorSession(initial: TEditableArticleResponse): { state: TEditorState; dispatch: Dispatch<TEditorEvent>; lastChange: TLastChange } {
  const [state, dispatch] = useReducer(editorReducer, initial, initialEditorState);
  const [lastChange, setLastChange] = useState<TLastChange>({ at: initial.updatedAt, by: initial.updatedBy });
  const { running, editSeq } = state;
  const articleId = initial.id;

  useEffect(() => {
    if (!running) return;
    let mounted = true;
    void perform(articleId, running).then((event) => {
      if (!mounted) return;
      const answered = event.type === "saveSucceeded" ? event.article : event.type === "requestConflicted" ? event.current : null;
      if (answered) setLastChange({ at: answered.updatedAt, by: answered.updatedBy });
      dispatch(event);
    });
    return () => {
      mounted = false;
    };
  }, [running, articleId]);

  // Every edit restarts the timer; it only runs while there is something new to save.
  const dirty = savePhase(state) === "dirty";
  // biome-ignore lint/correctness/useExhaustiveDependencies: `editSeq` is the trigger, not a value read here.
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => dispatch({ type: "saveRequested", mode: "autosave" }), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [editSeq, dirty]);

  return { state, dispatch, lastChange };
}
