"use client";
// The story editor: headline parts, metadata, bylines, placement and the TipTap body. Autosaves a moment
// after typing stops; every save names the version it started from, and a conflict is shown, never
// overwritten. Nothing typed is dropped: on any failure the text stays here. The save rules live in
// `save-state.ts`; this component only lays out the parts and passes edits to it.
import { EditorContent, useEditor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { shanghaiTime } from "@/components/newsroom/shanghai-time";
import { storyExtensions } from "@/lib/content/extensions";
import { countCharacters, documentPlainText } from "@/lib/content/plain-text";
import type { TStoryDocument } from "@/lib/content/schema";
import type { TEditableArticleResponse, TEditableDraft } from "@/lib/newsroom-client/schemas";
import { ActionsBar } from "./actions-bar";
import { BodyToolbar } from "./body-toolbar";
import { ConflictPanel } from "./conflict-panel";
import type { TEditorChoices } from "./editor-choices";
import { editorTabTitle, useTabTitle } from "./editor-tab-title";
import { FigureDrop } from "./figure-drop";
import { HeadlineFields } from "./headline-fields";
import { forgetKeptDraft, readKeptDraft, type TKeptDraft } from "./kept-draft";
import { KeptDraftOffer } from "./kept-draft-offer";
import { isBusy, mayLeave, savePhase } from "./save-state";
import { StaleNotice } from "./stale-notice";
import { StoryFields } from "./story-fields";
import { useEditorSession } from "./use-editor-session";
import { useLeaveGuard } from "./use-leave-guard";
import { usePresence } from "./use-presence";
import { useSaveShortcut } from "./use-save-shortcut";

export function ArticleEditor({ initial, choices }: { initial: TEditableArticleResponse; choices: TEditorChoices }) {
  const { state, dispatch, lastChange } = useEditorSession(initial);
  const others = usePresence(initial.id, (latest) => dispatch({ type: "latestSeen", ...latest }));
  const { draft, theirs } = state;
  const phase = savePhase(state);
  // A draft this browser kept from an earlier visit is offered back before anything new is kept over it.
  const [kept, setKept] = useState<TKeptDraft | null>(null);
  const [keptChecked, setKeptChecked] = useState(false);
  useEffect(() => {
    setKept(readKeptDraft(window.localStorage, initial.id, initial.draft));
    setKeptChecked(true);
  }, [initial.id, initial.draft]);
  useLeaveGuard(initial.id, state, dispatch, keptChecked && kept === null);

  const change = useCallback((patch: Partial<TEditableDraft>) => dispatch({ type: "edited", patch }), [dispatch]);
  useSaveShortcut(() => dispatch({ type: "saveRequested", mode: "save" }));
  useTabTitle(editorTabTitle(draft.headline, draft.kind));

  const editor = useEditor({
    extensions: [...storyExtensions, FigureDrop],
    content: initial.draft.body,
    immediatelyRender: false,
    editorProps: { attributes: { "aria-label": "正文", role: "textbox", "aria-multiline": "true" } },
    // The editor's schema is built from the stored whitelist (one extension list), and the server checks
    // every save against it again; a refusal there keeps the text here.
    onUpdate: ({ editor: current }) => change({ body: current.getJSON() as TStoryDocument }),
  });

  // Another editor's version was merged into the form: the body editor shows the merged body.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `state.replaced` is the trigger; the body is read then.
  useEffect(() => {
    if (!editor || state.replaced === 0) return;
    const { from, to } = editor.state.selection;
    editor.commands.setContent(state.draft.body, { emitUpdate: false });
    const end = editor.state.doc.content.size;
    editor.commands.setTextSelection({ from: Math.min(from, end), to: Math.min(to, end) });
  }, [editor, state.replaced]);
  const restoreKept = () => {
    if (!kept) return;
    dispatch({ type: "edited", patch: kept.draft });
    editor?.commands.setContent(kept.draft.body, { emitUpdate: false });
    setKept(null);
  };
  const discardKept = () => {
    forgetKeptDraft(window.localStorage, initial.id);
    setKept(null);
  };
  const unpublish = () => {
    if (window.confirm("撤下后，读者将看不到这篇稿件。确定撤下？")) dispatch({ type: "unpublishRequested" });
  };

  const bodyCount = useMemo(() => countCharacters(documentPlainText(draft.body)), [draft.body]);
  const storyCount = bodyCount + countCharacters([draft.kicker, draft.headline, draft.subheadline, draft.dateline].filter(Boolean).join(""));

  return (
    <div>
      {/* Status, actions and the body's toolbar stay in view while a long story scrolls. */}
      <div className="nr-editor-bar">
        <ActionsBar
          articleId={initial.id}
          status={state.status}
          phase={phase}
          others={others}
          busy={isBusy(state)}
          mayLeave={mayLeave(state)}
          onSave={() => dispatch({ type: "saveRequested", mode: "save" })}
          onPublish={() => dispatch({ type: "publishRequested" })}
          onUnpublish={unpublish}
          draft={draft}
          choices={choices}
        />
        {editor && <BodyToolbar editor={editor} />}
      </div>

      {kept && <KeptDraftOffer kept={kept} onRestore={restoreKept} onDiscard={discardKept} />}
      {state.error && (
        <p className="nr-error" role="alert">
          {state.error}
        </p>
      )}
      {state.notice && (
        <p className="nr-notice" role="status">
          {state.notice}
        </p>
      )}
      {state.missingJumpPages.length > 0 && (
        <p className="nr-notice">本稿转到第{state.missingJumpPages.join("、")}版，但本期没有该版面，发布前请先建立版面或修改“下转”。</p>
      )}

      {state.latest && !theirs && (
        <StaleNotice articleId={initial.id} latest={state.latest} baseVersion={state.baseVersion} busy={state.running !== null} dispatch={dispatch} />
      )}

      <div className="nr-editor">
        <div>
          {theirs && (
            <ConflictPanel
              key={theirs.version}
              theirs={theirs}
              base={state.conflictBase ?? state.baseDraft}
              mine={draft}
              choices={choices}
              onResolve={(resolved) => dispatch({ type: "mergeResolved", draft: resolved })}
            />
          )}
          <HeadlineFields draft={draft} onChange={change} />
          <div className="nr-body">
            <EditorContent editor={editor} />
          </div>
          <p className="nr-muted">
            正文字数：<strong data-testid="body-count">{bodyCount}</strong>　全稿字数（含标题、电头）：<strong data-testid="story-count">{storyCount}</strong>
          </p>
        </div>
        <aside>
          <StoryFields draft={draft} choices={choices} onChange={change} />
          <p className="nr-muted" data-testid="last-change">
            最后修改：{lastChange.by ?? "—"}　{shanghaiTime(lastChange.at)}　版本 {state.baseVersion}
          </p>
        </aside>
      </div>
    </div>
  );
}
