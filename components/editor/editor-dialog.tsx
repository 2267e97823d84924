"use client";
// A small modal dialog for the editor (link, 下转, picture): a native <dialog> shown with showModal(), so the
// browser traps focus and Esc closes it; focus goes back to where it was when the dialog opened. The caller
// owns the fields (each with its own <label>) and decides what a submit does; a refusal is shown inside.
import { type FormEvent, type ReactNode, useEffect, useId, useRef } from "react";

export interface TEditorDialogProps {
  open: boolean;
  title: string;
  /** Closes without doing anything (取消, Esc, or after a successful submit by the caller). */
  onClose: () => void;
  onSubmit: () => void;
  submitLabel?: string;
  /** A refusal in zh-CN, shown as an alert under the fields. */
  error?: string | null;
  /** More buttons before 取消, e.g. 移除. */
  extraActions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

export function EditorDialog({ open, title, onClose, onSubmit, submitLabel = "确定", error, extraActions, children, testId }: TEditorDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const errorId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      // The first field, not the first button, takes the focus.
      element.querySelector<HTMLElement>("input, select, textarea")?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  // Whatever closed it (a button, Esc, the caller), focus returns to where the editor was.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const closed = () => {
      const target = returnTo.current;
      returnTo.current = null;
      if (target?.isConnected) target.focus();
      onClose();
    };
    element.addEventListener("close", closed);
    return () => element.removeEventListener("close", closed);
  }, [onClose]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <dialog ref={dialog} className="nr-dialog" aria-labelledby={titleId} data-testid={testId}>
      <form onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
        <h2 id={titleId} className="nr-dialog-title">
          {title}
        </h2>
        {children}
        {error ? (
          <p id={errorId} className="nr-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="nr-dialog-actions">
          {extraActions}
          <button type="button" className="nr-secondary" onClick={() => dialog.current?.close()}>
            取消
          </button>
          <button type="submit" className="nr-primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
