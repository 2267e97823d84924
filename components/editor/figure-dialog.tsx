"use client";
// The picture dialog of the story editor: choose photos (file chooser, or files dropped or pasted into the
// body), watch each upload, read each refusal, write alt text and caption per photo and one credit, or
// pick a photo from the library. 确定 inserts one figure per photo (or updates the figure being edited).
import type { Editor } from "@tiptap/react";
import { useEffect, useId, useReducer, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { ContributorCombobox } from "@/components/newsroom/contributor-combobox";
import { figureAttrs, figureDialogProblem, figureDialogReducer, initialFigureState, type TFigureItem } from "./figure-dialog-state";
import { FigureItemRow } from "./figure-item-row";
import { FigureLibraryPicker } from "./figure-library-picker";
import { describeUploadedMedia, loadCreditChoices, type TCreditChoices, uploadImage } from "./figure-upload";

export interface TOpenFigureOptions {
  /** Files dropped or pasted into the body: uploaded as soon as the dialog opens. */
  files?: File[];
  /** Where to insert (a drop point); the selection otherwise. */
  position?: number;
}

interface TEditedFigure {
  position: number;
  attrs: { mediaId: string | null; alt: string | null; caption: string | null; credit: string | null };
}

/** The photographer's name inside a credit such as "本报记者 耿新洲 摄". */
const creditName = (credit: string) => /([^\s]+)\s*摄\s*$/.exec(credit.trim())?.[1] ?? credit.trim();

let keySeed = 0;
const nextKey = () => `figure-item-${++keySeed}`;

function selectedFigure(editor: Editor): TEditedFigure | null {
  const { selection } = editor.state;
  const node = "node" in selection ? (selection.node as { type: { name: string }; attrs: TEditedFigure["attrs"] } | undefined) : undefined;
  return node?.type.name === "figure" ? { position: selection.from, attrs: node.attrs } : null;
}

function FigureDialog({
  editor,
  options,
  edited,
  onClose,
}: {
  editor: Editor;
  options: TOpenFigureOptions;
  edited: TEditedFigure | null;
  onClose: () => void;
}) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const started = useRef(false);
  const [credits, setCredits] = useState<TCreditChoices>([]);
  const existing: TFigureItem[] = edited?.attrs.mediaId
    ? [
        {
          key: nextKey(),
          name: "当前图片",
          status: "done",
          progress: 1,
          message: null,
          mediaId: edited.attrs.mediaId,
          alt: edited.attrs.alt ?? "",
          caption: edited.attrs.caption ?? "",
        },
      ]
    : [];
  const [state, dispatch] = useReducer(figureDialogReducer, initialFigureState(existing, edited?.attrs.credit ?? "", edited?.attrs.caption ?? ""));

  const upload = (files: readonly File[]) => {
    for (const file of files) {
      const key = nextKey();
      dispatch({ type: "added", key, name: file.name || "粘贴的图片" });
      void uploadImage(file, (progress) => dispatch({ type: "progress", key, progress })).then((outcome) =>
        dispatch(
          outcome.kind === "ok"
            ? { type: "uploaded", key, mediaId: outcome.media.id, alt: outcome.media.alt, caption: outcome.media.caption }
            : { type: "failed", key, message: outcome.message },
        ),
      );
    }
  };

  // Once, when the dialog opens (a ref keeps React's development double run from uploading twice).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the files are the ones it was opened with.
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    void loadCreditChoices().then(setCredits);
    if (!started.current && options.files?.length) upload(options.files);
    started.current = true;
  }, []);

  const confirm = () => {
    const problem = figureDialogProblem(state);
    if (problem) {
      dispatch({ type: "refused", problem });
      return;
    }
    const placed = figureAttrs(state);
    for (const attrs of placed)
      describeUploadedMedia(attrs.mediaId, { caption: attrs.caption, credit: attrs.credit, creditContributorId: state.creditContributorId, alt: attrs.alt });
    const figures = placed.map((attrs) => ({ type: "figure", attrs }));
    const chain = editor.chain().focus();
    if (edited) {
      const [first, ...rest] = figures;
      chain
        .command(({ tr }) => {
          tr.setNodeMarkup(edited.position, undefined, first?.attrs);
          return true;
        })
        .insertContentAt(edited.position + 1, rest)
        .run();
    } else if (options.position !== undefined) chain.insertContentAt(options.position, figures).run();
    else chain.insertContent(figures).run();
    close();
  };
  const close = () => {
    dialog.current?.close();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="nr-dialog figure-dialog"
      aria-labelledby={titleId}
      onCancel={close}
      style={{ maxWidth: "40rem", width: "calc(100% - 2rem)" }}
    >
      <h2 id={titleId}>{edited ? "编辑图片" : "插入图片"}</h2>
      <p>
        <label>
          选择图片文件（JPEG、PNG、WebP、GIF，每张不超过 30 MB）：
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
            multiple={!edited}
            onChange={(event) => {
              upload([...(event.currentTarget.files ?? [])]);
              event.currentTarget.value = "";
            }}
          />
        </label>
      </p>
      <p className="nr-hint">也可以把图片拖进正文，或直接粘贴。</p>
      <FigureLibraryPicker
        onPick={(media) =>
          dispatch({ type: "picked", key: nextKey(), name: media.caption || media.filename, mediaId: media.id, alt: media.alt, caption: media.caption })
        }
      />
      <ul className="figure-items" aria-label="要插入的图片">
        {state.items.map((item) => (
          <FigureItemRow
            key={item.key}
            item={item}
            onEdit={(patch) => dispatch({ type: "edited", key: item.key, patch })}
            onRemove={() => dispatch({ type: "removed", key: item.key })}
          />
        ))}
      </ul>
      <p>
        <span aria-hidden="true">摄影：</span>
        <ContributorCombobox
          label="摄影"
          value={creditName(state.credit)}
          contributorId={state.creditContributorId}
          contributors={credits}
          onType={(name) => dispatch({ type: "credit", credit: name.trim() ? `${name.trim()} 摄` : "", creditContributorId: null })}
          onPick={(person) => dispatch({ type: "credit", credit: `${person.name} 摄`, creditContributorId: person.id })}
        />
      </p>
      {state.problem && (
        <p role="alert" className="nr-error">
          {state.problem}
        </p>
      )}
      <p className="nr-dialog-actions">
        <button type="button" onClick={confirm}>
          确定
        </button>
        <button type="button" onClick={close}>
          取消
        </button>
      </p>
    </dialog>
  );
}

/** Opens the dialog over the editor (for the selected figure when one is selected). */
export function openFigureDialog(editor: Editor, options: TOpenFigureOptions = {}): void {
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  const edited = options.files?.length ? null : selectedFigure(editor);
  root.render(
    <FigureDialog
      editor={editor}
      options={options}
      edited={edited}
      onClose={() => {
        // After React finishes the event that closed it.
        setTimeout(() => {
          root.unmount();
          host.remove();
        });
      }}
    />,
  );
}
