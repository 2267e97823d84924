// What in the form cannot be saved yet (a byline added but not named). Autosave leaves such parts out and
// saves the rest; the field is marked where it is; an explicit save or publish insists on every field.
import { fieldLabel } from "@/lib/newsroom-client/field-labels";
import type { TEditableDraft } from "@/lib/newsroom-client/schemas";

export interface TDraftProblem {
  /** The input path, as the server names it. */
  path: Array<string | number>;
  /** The field's label as the form shows it. */
  label: string;
  message: string;
}

export const NAME_MISSING = "请填写姓名";

export function draftProblems(draft: TEditableDraft): TDraftProblem[] {
  const problems: TDraftProblem[] = [];
  draft.bylines.forEach((byline, index) => {
    if (byline.name.trim() === "") {
      const path = ["bylines", index, "name"];
      problems.push({ path, label: fieldLabel(path) ?? "署名", message: NAME_MISSING });
    }
  });
  return problems;
}

/** The draft an autosave sends: every valid part, without the parts not filled in yet. */
export function autosavableDraft(draft: TEditableDraft): TEditableDraft {
  const bylines = draft.bylines.filter((byline) => byline.name.trim() !== "");
  return bylines.length === draft.bylines.length ? draft : { ...draft, bylines };
}

/** One message naming every field still to fill in, e.g. “请先填写：署名 1 的姓名”. */
export function problemsMessage(problems: TDraftProblem[]): string | null {
  if (problems.length === 0) return null;
  return `请先填写：${problems.map((problem) => problem.label).join("、")}`;
}
