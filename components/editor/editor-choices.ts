// What the editor's selects offer (sections, columns, contributors, pages), loaded by the page.
import type { TContributorChoice } from "./byline-fields";

export interface TEditorChoices {
  sections: Array<{ id: number; name: string }>;
  columns: string[];
  contributors: TContributorChoice[];
  pages: Array<{ id: number; label: string }>;
}

export const WEB_ONLY_LABEL = "网络稿件（不见报）";

export function pageLabel(choices: TEditorChoices, pageId: number | null): string {
  if (pageId === null) return WEB_ONLY_LABEL;
  return choices.pages.find((page) => page.id === pageId)?.label ?? `版面 #${pageId}`;
}
