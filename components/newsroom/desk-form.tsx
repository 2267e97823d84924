"use client";
// A form of the admin desk: runs one command with the fields inside it, shows the server's refusal where it
// happened (role="alert"), and on success refreshes the page, goes where the command says, or shows what
// must be seen once (a one-time password).
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { runDeskCommand, type TDeskCommand, type TDeskOutcome } from "./desk-commands";

export function DeskForm({
  command,
  submitLabel,
  confirmText,
  danger = false,
  label,
  children,
}: {
  command: TDeskCommand;
  submitLabel: string;
  /** Asked before running (e.g. a merge or a delete). */
  confirmText?: string;
  danger?: boolean;
  /** Accessible name of the form. */
  label?: string;
  children?: ReactNode;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<TDeskOutcome | null>(null);

  const submit = async (form: HTMLFormElement) => {
    if (confirmText && !window.confirm(confirmText)) return;
    setBusy(true);
    setError(null);
    setOutcome(null);
    const result = await runDeskCommand(command, new FormData(form));
    setBusy(false);
    if (result.kind !== "ok") {
      setError(result.message);
      return;
    }
    if (result.outcome.goTo) router.push(result.outcome.goTo);
    else form.reset();
    setOutcome(result.outcome);
    router.refresh();
  };

  return (
    <form
      className="nr-desk-form"
      style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem", alignItems: "flex-end", margin: "0.25rem 0" }}
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      {children}
      <button type="submit" className={danger ? "nr-danger" : "nr-secondary"} disabled={busy}>
        {submitLabel}
      </button>
      {error && (
        <span role="alert" className="nr-state-error">
          {error}
        </span>
      )}
      {outcome?.notice && (
        <span role="status" className="nr-muted">
          {outcome.notice}
          {outcome.secret && <code data-one-time-password>{outcome.secret}</code>}
        </span>
      )}
    </form>
  );
}
