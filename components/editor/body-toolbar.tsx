"use client";
// Formatting for the story body: only what the stored whitelist allows.
import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { openFigureDialog } from "./figure-dialog";

function askLink(editor: Editor) {
  const previous = editor.getAttributes("link").href as string | undefined;
  const href = window.prompt("链接地址（http://、https:// 或 mailto:）", previous ?? "https://");
  if (href === null) return;
  if (href.trim() === "") {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    return;
  }
  if (!/^(https?:\/\/|mailto:)/i.test(href.trim())) {
    window.alert("链接只能以 http://、https:// 或 mailto: 开头");
    return;
  }
  editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
}

function askJump(editor: Editor) {
  const answer = window.prompt("下转第几版？（本稿在此处结束本版，其余内容转到该版）", "4");
  if (answer === null) return;
  const toPage = Number(answer.trim());
  if (!Number.isInteger(toPage) || toPage < 1 || toPage > 999) {
    window.alert("请输入 1 到 999 之间的版号");
    return;
  }
  editor.chain().focus().insertContent({ type: "jump", attrs: { toPage } }).run();
}

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
  const button = (label: string, pressed: boolean | undefined, run: () => void, title?: string) => (
    <button type="button" aria-pressed={pressed === undefined ? undefined : pressed} onClick={run} title={title ?? label}>
      {label}
    </button>
  );
  return (
    <div className="nr-toolbar" role="toolbar" aria-label="正文格式">
      {button("粗体", state.bold, () => editor.chain().focus().toggleBold().run())}
      {button("斜体", state.italic, () => editor.chain().focus().toggleItalic().run())}
      {button("链接", state.link, () => askLink(editor))}
      {button("小标题", state.subhead, () => (state.subhead ? editor.chain().focus().setParagraph().run() : editor.chain().focus().setNode("subhead").run()))}
      {button("引用", state.blockquote, () => editor.chain().focus().toggleBlockquote().run())}
      {button("• 列表", state.bulletList, () => editor.chain().focus().toggleBulletList().run())}
      {button("1. 列表", state.orderedList, () => editor.chain().focus().toggleOrderedList().run())}
      {button("图片", undefined, () => openFigureDialog(editor), "插入图片，或编辑选中的图片（图片、替代文字、说明与摄影署名）")}
      {button("下转", undefined, () => askJump(editor), "插入“下转第N版”：本版到此结束")}
    </div>
  );
}
