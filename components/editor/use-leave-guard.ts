"use client";
// Every way of leaving the editor saves first or asks: links inside the newsroom (caught before Next's
// router sees them), the back button, reload and tab close. Whatever the server does not have yet is kept
// in this browser (kept-draft.ts) until a save succeeds, so even an answered “离开” loses nothing.
import { type Dispatch, useCallback, useEffect, useRef } from "react";
import { forgetKeptDraft, inAppDestination, keepDraft } from "./kept-draft";
import { mayLeave, savePhase, type TEditorEvent, type TEditorState } from "./save-state";

export const LEAVE_QUESTION = "修改没有保存到服务器。它们已暂存在本机浏览器中，下次打开本稿时可恢复。确定离开？";

export function useLeaveGuard(articleId: number, state: TEditorState, dispatch: Dispatch<TEditorEvent>, keeping: boolean) {
  const safe = mayLeave(state);
  const phase = savePhase(state);
  const { draft, baseVersion, editSeq } = state;
  /** Where to go once the draft is saved (or the editor agreed to leave anyway). */
  const pending = useRef<(() => void) | null>(null);
  const agreed = useRef(false);

  useEffect(() => {
    if (!keeping) return;
    const storage = window.localStorage;
    if (!safe) keepDraft(storage, { articleId, baseVersion, draft, keptAt: new Date().toISOString() });
    else if (editSeq > 0) forgetKeptDraft(storage, articleId);
  }, [keeping, safe, articleId, baseVersion, draft, editSeq]);

  const leaveAnyway = useCallback((go: () => void) => {
    if (!window.confirm(LEAVE_QUESTION)) return;
    agreed.current = true;
    go();
  }, []);

  const leave = useCallback(
    (go: () => void) => {
      // Nothing a save could fix (a conflict waits for a decision, a publish is under way): ask now.
      if (phase === "conflict" || phase === "saved") return leaveAnyway(go);
      pending.current = go;
      dispatch({ type: "saveRequested", mode: "autosave" });
    },
    [phase, dispatch, leaveAnyway],
  );

  useEffect(() => {
    const go = pending.current;
    if (!go) return;
    if (safe) {
      pending.current = null;
      go();
    } else if (phase === "error" || phase === "conflict") {
      pending.current = null;
      leaveAnyway(go);
    }
  }, [safe, phase, leaveAnyway]);

  useEffect(() => {
    if (safe) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || !(event.target instanceof Element)) return;
      const anchor = event.target.closest("a[href]");
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const href = inAppDestination(anchor, window.location.href, event);
      if (!href) return;
      event.preventDefault();
      event.stopPropagation();
      leave(() => window.location.assign(href));
    };
    const here = window.location.href;
    const onPopState = (event: PopStateEvent) => {
      // Before the router moves: stay on the editor, save, then go back for real.
      event.stopImmediatePropagation();
      window.history.pushState(window.history.state, "", here);
      leave(() => window.history.back());
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (agreed.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    document.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState, true);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [safe, leave]);
}
