"use client";
// A 下转 marker in the body is edited in place: clicking it, or pressing Enter while it is selected, asks
// for its page again. A ProseMirror plugin registered on the editor for as long as the toolbar is mounted.
import { NodeSelection, Plugin, PluginKey } from "@tiptap/pm/state";
import type { Editor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import type { TJumpTarget } from "./jump-dialog";

const jumpEditingKey = new PluginKey("jumpEditing");

export function useJumpEditing(editor: Editor, onEdit: (target: NonNullable<TJumpTarget>) => void): void {
  const latest = useRef(onEdit);
  latest.current = onEdit;
  useEffect(() => {
    const plugin = new Plugin({
      key: jumpEditingKey,
      props: {
        handleClickOn(view, _pos, node, nodePos, _event, direct) {
          if (!direct || node.type.name !== "jump") return false;
          // Selected as well, so Enter reopens it after the dialog closes and typing goes on from there.
          view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, nodePos)));
          latest.current({ pos: nodePos, toPage: Number(node.attrs.toPage) });
          return true;
        },
        handleKeyDown(view, event) {
          if (event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
          const { selection } = view.state;
          if (!(selection instanceof NodeSelection) || selection.node.type.name !== "jump") return false;
          latest.current({ pos: selection.from, toPage: Number(selection.node.attrs.toPage) });
          return true;
        },
      },
    });
    // Ahead of the editor's own keymap, which would otherwise split or replace the selected marker on Enter.
    editor.registerPlugin(plugin, (added, plugins) => [added, ...plugins]);
    return () => {
      editor.unregisterPlugin(jumpEditingKey);
    };
  }, [editor]);
}
