"use client";
// 链接: set, change or remove the link on the selection (or insert the address as linked text when nothing
// is selected). The address is normalised by `normaliseLinkHref` (https:// added, only http/https/mailto).
import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useId, useState } from "react";
import { EditorDialog } from "./editor-dialog";
import { normaliseLinkHref } from "./link-dialog-href";

export function LinkDialog({ editor, open, onClose }: { editor: Editor; open: boolean; onClose: () => void }) {
  const inputId = useId();
  const [address, setAddress] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [hadLink, setHadLink] = useState(false);

  useEffect(() => {
    if (!open) return;
    const previous = editor.getAttributes("link").href as string | undefined;
    setAddress(previous ?? "");
    setHadLink(previous !== undefined);
    setError(null);
  }, [open, editor]);

  const close = useCallback(() => {
    setError(null);
    onClose();
  }, [onClose]);

  const remove = () => {
    editor.chain().extendMarkRange("link").unsetLink().run();
    close();
  };

  const submit = () => {
    const result = normaliseLinkHref(address);
    if (result.kind === "refused") {
      setError(result.message);
      return;
    }
    if (result.kind === "remove") {
      remove();
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive("link")) {
      // Nothing selected: the address itself becomes the linked text.
      editor
        .chain()
        .insertContent({ type: "text", text: result.href.replace(/^mailto:/i, ""), marks: [{ type: "link", attrs: { href: result.href } }] })
        .run();
    } else {
      editor.chain().extendMarkRange("link").setLink({ href: result.href }).run();
    }
    close();
  };

  return (
    <EditorDialog
      open={open}
      title={hadLink ? "修改链接" : "插入链接"}
      onClose={close}
      onSubmit={submit}
      error={error}
      testId="link-dialog"
      extraActions={
        hadLink ? (
          <button type="button" className="nr-danger" onClick={remove}>
            移除链接
          </button>
        ) : null
      }
    >
      <label htmlFor={inputId}>链接地址</label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        autoComplete="url"
        value={address}
        placeholder="例如 www.example.com 或 https://…"
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setAddress(event.target.value);
          setError(null);
        }}
      />
      <p className="nr-muted">没有写 http:// 的网址会自动加上 https://；也可以填电子邮箱。留空并确定则移除链接。</p>
    </EditorDialog>
  );
}
