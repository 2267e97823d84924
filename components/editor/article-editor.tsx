"use client";
// The story editor: headline parts, metadata, bylines, placement and the TipTap body. Autosaves a moment
// after typing stops; every save names the version it started from, and a conflict is shown, never
// overwritten. Nothing typed is dropped: on any failure the text stays here.
import { EditorContent, useEditor } from "@tiptap/react";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FieldDiff } from "@/components/newsroom/field-diff";
import { KindOptions } from "@/components/newsroom/kind-options";
import type { TEditableArticle } from "@/lib/articles/get-editable-article";
import { diffStories, type TComparableStory } from "@/lib/articles/revision-diff";
import { STATUS_LABELS, type TEditorialStatus } from "@/lib/articles/status";
import { storyExtensions } from "@/lib/content/extensions";
import { countCharacters, documentPlainText } from "@/lib/content/plain-text";
import type { TStoryDocument } from "@/lib/content/schema";
import { BodyToolbar } from "./body-toolbar";
import { BylineFields, type TBylineDraft, type TContributorChoice } from "./byline-fields";

type TDraft = TEditableArticle["draft"];
type TSaveState = "saved" | "dirty" | "saving" | "error" | "conflict";

export interface TEditorChoices {
  sections: Array<{ id: number; name: string }>;
  columns: string[];
  contributors: TContributorChoice[];
  pages: Array<{ id: number; label: string }>;
}

const AUTOSAVE_DELAY_MS = 1500;
const PRESENCE_INTERVAL_MS = 10_000;

const STATE_LABELS: Record<TSaveState, string> = {
  saved: "已保存",
  dirty: "有未保存的修改",
  saving: "正在保存…",
  error: "保存失败",
  conflict: "保存冲突",
};

async function send(url: string, method: string, body?: unknown): Promise<{ ok: boolean; status: number; data: Record<string, unknown> }> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return { ok: response.ok, status: response.status, data };
  } catch {
    return { ok: false, status: 0, data: { error: { message: "网络连接失败，内容仍在本页，请稍后重试" } } };
  }
}

function errorMessage(data: Record<string, unknown>, status: number): string {
  if (status === 401) return "登录已失效：请在新标签页重新登录后再点“保存”，本页内容不会丢失";
  const error = data.error as { message?: string } | undefined;
  return error?.message ?? "保存失败，请稍后重试";
}

function pageLabel(choices: TEditorChoices, pageId: number | null): string {
  if (pageId === null) return "网络稿件（不见报）";
  return choices.pages.find((page) => page.id === pageId)?.label ?? `版面 #${pageId}`;
}

function comparable(draft: TDraft, choices: TEditorChoices): TComparableStory {
  return { ...draft, placement: pageLabel(choices, draft.pageId) };
}

export function ArticleEditor({ initial, choices }: { initial: TEditableArticle; choices: TEditorChoices }) {
  const [draft, setDraft] = useState<TDraft>(initial.draft);
  const [status, setStatus] = useState<TEditorialStatus>(initial.status);
  const [missingJumpPages, setMissingJumpPages] = useState<number[]>(initial.missingJumpPages);
  const [saveState, setSaveState] = useState<TSaveState>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<TEditableArticle | null>(null);
  const [mineAtConflict, setMineAtConflict] = useState<TDraft | null>(null);
  const [others, setOthers] = useState<Array<{ userId: string; name: string }>>([]);
  const [busy, setBusy] = useState(false);

  const draftRef = useRef(draft);
  const versionRef = useRef(initial.version);
  /** The draft as last saved, to show what the other editor changed relative to it. */
  const savedRef = useRef<TDraft>(initial.draft);
  const editSeq = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const stateRef = useRef<TSaveState>("saved");
  stateRef.current = saveState;

  const change = useCallback((patch: Partial<TDraft>) => {
    setDraft((previous) => {
      const next = { ...previous, ...patch };
      draftRef.current = next;
      return next;
    });
    editSeq.current += 1;
    if (stateRef.current !== "conflict") setSaveState("dirty");
  }, []);

  const editor = useEditor({
    extensions: storyExtensions,
    content: initial.draft.body,
    immediatelyRender: false,
    editorProps: { attributes: { "aria-label": "正文", role: "textbox", "aria-multiline": "true" } },
    onUpdate: ({ editor: current }) => change({ body: current.getJSON() as TStoryDocument }),
  });

  const save = useCallback(
    async (mode: "autosave" | "save"): Promise<boolean> => {
      if (stateRef.current === "conflict") return false;
      if (inFlight.current) await inFlight.current;
      // Re-read: the save we waited for may have ended in a conflict.
      if ((stateRef.current as TSaveState) === "conflict") return false;
      const seq = editSeq.current;
      if (mode === "autosave" && stateRef.current === "saved") return true;
      const run = (async () => {
        setSaveState("saving");
        const sent = draftRef.current;
        const { ok, status: code, data } = await send(`/api/newsroom/articles/${initial.id}`, "PUT", { baseVersion: versionRef.current, mode, draft: sent });
        if (ok) {
          const saved = data as unknown as TEditableArticle;
          versionRef.current = saved.version;
          savedRef.current = sent;
          setStatus(saved.status);
          setMissingJumpPages(saved.missingJumpPages);
          setMessage(null);
          setSaveState(editSeq.current === seq ? "saved" : "dirty");
          return true;
        }
        if (code === 409 && data.current) {
          setConflict(data.current as TEditableArticle);
          setMineAtConflict(draftRef.current);
          setSaveState("conflict");
          return false;
        }
        setMessage(errorMessage(data, code));
        setSaveState("error");
        return false;
      })();
      inFlight.current = run;
      try {
        return await run;
      } finally {
        inFlight.current = null;
      }
    },
    [initial.id],
  );

  // Autosave a moment after the last change: every new draft restarts the timer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `draft` is the trigger, not a value read here.
  useEffect(() => {
    if (saveState !== "dirty") return;
    const timer = window.setTimeout(() => void save("autosave"), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, saveState, save]);

  // Warn before leaving with anything unsaved.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (stateRef.current !== "saved") {
        event.preventDefault();
        event.returnValue = "";
      }
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  // Presence: who else has this story open.
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      const { ok, data } = await send(`/api/newsroom/articles/${initial.id}/presence`, "POST", {});
      if (ok && !stopped) setOthers((data.others as Array<{ userId: string; name: string }>) ?? []);
    };
    void beat();
    const timer = window.setInterval(() => void beat(), PRESENCE_INTERVAL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [initial.id]);

  const adoptTheirs = useCallback(() => {
    if (!conflict) return;
    versionRef.current = conflict.version;
    savedRef.current = conflict.draft;
    draftRef.current = conflict.draft;
    setDraft(conflict.draft);
    setStatus(conflict.status);
    setMissingJumpPages(conflict.missingJumpPages);
    editor?.commands.setContent(conflict.draft.body, { emitUpdate: false });
    setConflict(null);
    setSaveState("saved");
    setNotice("已载入对方的版本。你未保存的内容保留在下方，可复制后重新粘贴。");
  }, [conflict, editor]);

  const keepMine = useCallback(async () => {
    if (!conflict) return;
    // An explicit choice after seeing the other version; theirs stays in the history.
    versionRef.current = conflict.version;
    setConflict(null);
    setMineAtConflict(null);
    setSaveState("dirty");
    stateRef.current = "dirty";
    await save("save");
  }, [conflict, save]);

  const publish = useCallback(async () => {
    setBusy(true);
    setNotice(null);
    try {
      if (stateRef.current !== "saved" && !(await save("save"))) return;
      const { ok, status: code, data } = await send(`/api/newsroom/articles/${initial.id}/publish`, "POST", { expectedVersion: versionRef.current });
      if (ok) {
        setStatus("published");
        setNotice("已发布：读者现在看到的是这一版。");
      } else setMessage(errorMessage(data, code));
    } finally {
      setBusy(false);
    }
  }, [initial.id, save]);

  const unpublish = useCallback(async () => {
    if (!window.confirm("撤下后，读者将看不到这篇稿件。确定撤下？")) return;
    setBusy(true);
    try {
      const { ok, status: code, data } = await send(`/api/newsroom/articles/${initial.id}/unpublish`, "POST", {});
      if (ok) {
        setStatus("draft");
        setNotice("已撤下：读者不再看到这篇稿件。");
      } else setMessage(errorMessage(data, code));
    } finally {
      setBusy(false);
    }
  }, [initial.id]);

  const bodyText = useMemo(() => documentPlainText(draft.body), [draft.body]);
  const bodyCount = countCharacters(bodyText);
  const storyCount = bodyCount + countCharacters([draft.kicker, draft.headline, draft.subheadline, draft.dateline].filter(Boolean).join(""));
  const conflictDiff = useMemo(
    () => (conflict ? diffStories(comparable(savedRef.current, choices), comparable(conflict.draft, choices)) : []),
    [conflict, choices],
  );
  const mineText = mineAtConflict
    ? [mineAtConflict.kicker, mineAtConflict.headline, mineAtConflict.subheadline, mineAtConflict.dateline, documentPlainText(mineAtConflict.body)]
        .filter(Boolean)
        .join("\n")
    : "";

  return (
    <div>
      <div className="nr-actions nr-card" style={{ justifyContent: "space-between" }}>
        <div className="nr-actions">
          <span className={`nr-status nr-status-${status}`}>{STATUS_LABELS[status]}</span>
          <span
            className={`nr-state${saveState === "error" || saveState === "conflict" ? " nr-state-error" : ""}`}
            role="status"
            aria-live="polite"
            data-save-state={saveState}
          >
            {STATE_LABELS[saveState]}
          </span>
          {others.length > 0 && (
            <span className="nr-presence" role="note">
              {others.map((other) => other.name).join("、")} 也在编辑这篇稿件
            </span>
          )}
        </div>
        <div className="nr-actions">
          <button type="button" className="nr-secondary" onClick={() => void save("save")} disabled={busy || saveState === "conflict"}>
            保存
          </button>
          <button type="button" className="nr-primary" onClick={() => void publish()} disabled={busy || saveState === "conflict"}>
            {status === "draft" ? "发布" : "发布修改"}
          </button>
          {status !== "draft" && (
            <button type="button" className="nr-danger" onClick={() => void unpublish()} disabled={busy}>
              撤下
            </button>
          )}
          <Link href={`/newsroom/articles/${initial.id}/preview`} target="_blank">
            预览
          </Link>
          <Link href={`/newsroom/articles/${initial.id}/history`}>历史版本</Link>
        </div>
      </div>

      {message && (
        <p className="nr-error" role="alert">
          {message}
        </p>
      )}
      {notice && (
        <p className="nr-notice" role="status">
          {notice}
        </p>
      )}
      {missingJumpPages.length > 0 && (
        <p className="nr-notice">本稿转到第{missingJumpPages.join("、")}版，但本期没有该版面，发布前请先建立版面或修改“下转”。</p>
      )}

      {conflict && (
        <section className="nr-card nr-conflict" aria-labelledby="conflict-title" role="alertdialog">
          <h2 id="conflict-title" style={{ marginTop: 0, fontSize: "1.05rem" }}>
            {conflict.updatedBy ?? "其他编辑"}刚刚保存了这篇稿件，你的修改尚未保存
          </h2>
          <p>对方改动了以下内容（与你开始编辑时相比）：</p>
          <FieldDiff fields={conflictDiff} emptyText="（对方未改动文字内容）" />
          <div className="nr-actions">
            <button type="button" className="nr-primary" onClick={adoptTheirs}>
              载入对方版本
            </button>
            <button type="button" className="nr-secondary" onClick={() => void keepMine()}>
              仍用我的版本保存
            </button>
          </div>
        </section>
      )}
      {mineAtConflict && !conflict && (
        <section className="nr-card">
          <label>
            你之前未保存的内容（可复制）
            <textarea readOnly rows={8} value={mineText} aria-label="你之前未保存的内容" />
          </label>
          <button type="button" className="nr-secondary" onClick={() => setMineAtConflict(null)}>
            不再需要
          </button>
        </section>
      )}

      <div className="nr-editor">
        <div>
          <div className="nr-card">
            <label>
              引题
              <input value={draft.kicker ?? ""} onChange={(event) => change({ kicker: event.target.value || null })} />
            </label>
            <label>
              主题
              <input value={draft.headline} onChange={(event) => change({ headline: event.target.value })} style={{ fontSize: "1.3rem", fontWeight: 600 }} />
            </label>
            <label>
              副题
              <input value={draft.subheadline ?? ""} onChange={(event) => change({ subheadline: event.target.value || null })} />
            </label>
            <label>
              电头
              <input value={draft.dateline ?? ""} placeholder="如：本报讯" onChange={(event) => change({ dateline: event.target.value || null })} />
            </label>
          </div>
          <div className="nr-body">
            {editor && <BodyToolbar editor={editor} />}
            <EditorContent editor={editor} />
          </div>
          <p className="nr-muted">
            正文字数：<strong data-testid="body-count">{bodyCount}</strong>　全稿字数（含标题、电头）：<strong data-testid="story-count">{storyCount}</strong>
          </p>
        </div>
        <aside>
          <div className="nr-card">
            <label>
              体裁
              <select value={draft.kind} onChange={(event) => change({ kind: event.target.value as TDraft["kind"] })}>
                <KindOptions />
              </select>
            </label>
            <label>
              栏目
              <input
                list="columns"
                value={draft.columnName ?? ""}
                placeholder="如：四中全会精神在基层"
                onChange={(event) => change({ columnName: event.target.value || null })}
              />
              <datalist id="columns">
                {choices.columns.map((column) => (
                  <option key={column} value={column} />
                ))}
              </datalist>
            </label>
            <label>
              栏目分类
              <select value={draft.sectionId ?? ""} onChange={(event) => change({ sectionId: event.target.value ? Number(event.target.value) : null })}>
                <option value="">无</option>
                {choices.sections.map((section) => (
                  <option key={section.id} value={section.id}>
                    {section.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              见报版面
              <select value={draft.pageId ?? ""} onChange={(event) => change({ pageId: event.target.value ? Number(event.target.value) : null })}>
                <option value="">网络稿件（不见报）</option>
                {choices.pages.map((page) => (
                  <option key={page.id} value={page.id}>
                    {page.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <BylineFields bylines={draft.bylines as TBylineDraft[]} contributors={choices.contributors} onChange={(bylines) => change({ bylines })} />
          <p className="nr-muted">最后修改：{initial.updatedBy ?? "—"}</p>
        </aside>
      </div>
    </div>
  );
}
