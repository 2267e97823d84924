// The browser tab of a story's editor is titled with its headline, so an editor with several stories open
// tells the tabs apart. Used by the page's metadata and, as the headline is typed, by the editor.
import { untitledLabel } from "@/lib/articles/kind-labels";

export function editorTabTitle(headline: string, kind: string): string {
  const name = headline.trim() ? `《${headline.trim()}》` : untitledLabel(kind);
  return `${name} - 编辑 - 晋中日报`;
}
