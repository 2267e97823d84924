"use client";
// Formatting for the story body: only what the stored whitelist allows. Links and 下转 are asked for in
// small dialogs (`editor-dialog.tsx`), never browser prompts; a 下转 marker is edited by clicking it.
import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { useCallback, useState } from "react";
import { openFigureDialog } from "./figure-dialog";
import { JumpDialog, type TJumpTarget } from "./jump-dialog";
import { useJumpEditing } from "./jump-dialog-editing";
import { LinkDialog } from "./link-dialog";
import { UndoRedoButtons } from "./undo-redo";

type TOpenDialog = { kind: "link" } | { kind: "jump"; target: TJumpTarget } | null;

export function BodyToolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      link: current.isActive("link"),
      subhead: current.isActive("subhead"),
      blockquote: current.isActive("blockquote"),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
    }),
  });
  const [dialog, setDialog] = useState<TOpenDialog>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  useJumpEditing(editor, (target) => setDialog({ kind: "jump", target }));

  const button = (label: string, pressed: boolean | undefined, run: () => void, title?: string) => (
    <button type="button" aria-pressed={pressed === undefined ? undefined : pressed} onClick={run} title={title ?? label}>
      {label}
    </button>
  );
  return (
    <>
      <div className="nr-toolbar" role="toolbar" aria-label="正文格式">
        <UndoRedoButtons editor={editor} />
        {button("粗体", state.bold, () => editor.chain().focus().toggleBold().run())}
        {button("斜体", state.italic, () => editor.chain().focus().toggleItalic().run())}
        {button("链接", state.link, () => setDialog({ kind: "link" }), "插入或修改链接")}
        {button("小标题", state.subhead, () => (state.subhead ? editor.chain().focus().setParagraph().run() : editor.chain().focus().setNode("subhead").run()))}
        {button("引用", state.blockquote, () => editor.chain().focus().toggleBlockquote().run())}
        {button("• 列表", state.bulletList, () => editor.chain().focus().toggleBulletList().run())}
        {button("1. 列表", state.orderedList, () => editor.chain().focus().toggleOrderedList().run())}
        {button("图片", undefined, () => openFigureDialog(editor), "插入图片，或编辑选中的图片（图片、替代文字、说明与摄影署名）")}
        {button("下转", undefined, () => setDialog({ kind: "jump", target: null }), "插入“下转第N版”：本版到此结束（点击正文中的下转可修改）")}
      </div>
      <LinkDialog editor={editor} open={dialog?.kind === "link"} onClose={closeDialog} />
      <JumpDialog editor={editor} open={dialog?.kind === "jump"} target={dialog?.kind === "jump" ? dialog.target : null} onClose={closeDialog} />
    </>
  );
}
