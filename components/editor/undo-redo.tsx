"use client";
// 撤销 / 重做 through TipTap's history; each is disabled while there is nothing to undo or redo.
import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";

export function UndoRedoButtons({ editor }: { editor: Editor }) {
  const can = useEditorState({
    editor,
    selector: ({ editor: current }) => ({ undo: current.can().undo(), redo: current.can().redo() }),
  });
  const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
  const key = isMac ? "⌘" : "Ctrl+";
  return (
    <>
      <button
        type="button"
        onClick={() => editor.chain().focus().undo().run()}
        disabled={!can.undo}
        title={`撤销（${key}Z）`}
        aria-keyshortcuts={isMac ? "Meta+Z" : "Control+Z"}
      >
        撤销
      </button>
      <button
        type="button"
        onClick={() => editor.chain().focus().redo().run()}
        disabled={!can.redo}
        title={`重做（${isMac ? "⌘⇧Z" : "Ctrl+Y"}）`}
        aria-keyshortcuts={isMac ? "Meta+Shift+Z" : "Control+Y"}
      >
        重做
      </button>
    </>
  );
}
