"use client";
// Files dropped on or pasted into the story body become photos: the figure dialog opens with them uploading
// (progress and any refusal per file), placed where they were dropped. Text and HTML paste as before.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { Editor } from "@tiptap/react";
import { openFigureDialog } from "./figure-dialog";

const filesOf = (transfer: DataTransfer | null): File[] => [...(transfer?.files ?? [])];

export const FigureDrop = Extension.create({
  name: "figureDrop",
  addProseMirrorPlugins() {
    const editor = this.editor as Editor;
    return [
      new Plugin({
        key: new PluginKey("figureDrop"),
        props: {
          handleDrop: (view, event) => {
            const files = filesOf(event.dataTransfer);
            if (files.length === 0) return false;
            event.preventDefault();
            const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
            openFigureDialog(editor, { files, position });
            return true;
          },
          handlePaste: (_view, event) => {
            const files = filesOf(event.clipboardData);
            if (files.length === 0) return false;
            event.preventDefault();
            openFigureDialog(editor, { files });
            return true;
          },
        },
      }),
    ];
  },
});
