"use client";
// 下转第N版: insert a jump marker, or change or remove one already in the body (opened by clicking it or
// pressing Enter on it, see `useJumpEditing`).
import { NodeSelection } from "@tiptap/pm/state";
import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useId, useState } from "react";
import { z } from "zod";
import { EditorDialog } from "./editor-dialog";

/** Which marker the dialog changes: `pos` is where the jump node starts; null inserts a new one. */
export type TJumpTarget = { pos: number; toPage: number } | null;

const ZToPage = z.coerce.number().int().min(1).max(999);
export const JUMP_PAGE_MESSAGE = "请输入 1 到 999 之间的版号";

export function JumpDialog({ editor, open, target, onClose }: { editor: Editor; open: boolean; target: TJumpTarget; onClose: () => void }) {
  const inputId = useId();
  const [page, setPage] = useState("");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setPage(target ? String(target.toPage) : "4");
    setError(null);
  }, [open, target]);

  const close = useCallback(() => {
    setError(null);
    // Back in the text with the marker still selected (when it is still there), whatever the browser did
    // with the focus and the text selection meanwhile: Enter opens it again, typing goes on after it.
    const node = target ? editor.state.doc.nodeAt(target.pos) : null;
    if (target && node?.type.name === "jump" && !editor.isDestroyed) {
      editor.view.focus();
      editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, target.pos)));
    }
    onClose();
  }, [editor, target, onClose]);

  /** The marker still at `target.pos` (another edit may have moved or removed it meanwhile). */
  const markerAt = (pos: number) => {
    const node = editor.state.doc.nodeAt(pos);
    return node?.type.name === "jump" ? node : null;
  };

  const submit = () => {
    const parsed = ZToPage.safeParse(page.trim() === "" ? Number.NaN : page.trim());
    if (!parsed.success) {
      setError(JUMP_PAGE_MESSAGE);
      return;
    }
    const toPage = parsed.data;
    if (target) {
      if (!markerAt(target.pos)) {
        close();
        return;
      }
      editor.chain().setNodeSelection(target.pos).updateAttributes("jump", { toPage }).run();
    } else {
      editor.chain().insertContent({ type: "jump", attrs: { toPage } }).run();
    }
    close();
  };

  const remove = () => {
    const node = target ? markerAt(target.pos) : null;
    if (target && node)
      editor
        .chain()
        .deleteRange({ from: target.pos, to: target.pos + node.nodeSize })
        .run();
    close();
  };

  return (
    <EditorDialog
      open={open}
      title={target ? "修改下转" : "插入下转"}
      onClose={close}
      onSubmit={submit}
      error={error}
      testId="jump-dialog"
      extraActions={
        target ? (
          <button type="button" className="nr-danger" onClick={remove}>
            移除下转
          </button>
        ) : null
      }
    >
      <label htmlFor={inputId}>转到第几版</label>
      <input
        id={inputId}
        type="number"
        inputMode="numeric"
        min={1}
        max={999}
        step={1}
        value={page}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setPage(event.target.value);
          setError(null);
        }}
      />
      <p className="nr-muted">本稿在此处结束本版，其余内容转到该版（同一期）。</p>
    </EditorDialog>
  );
}
