// The browser tab of a story's editor is titled with its headline, so an editor with several stories open
// tells the tabs apart; it follows the headline as it is typed.
import { useEffect } from "react";
import { untitledLabel } from "@/lib/articles/kind-labels";

export function editorTabTitle(headline: string, kind: string): string {
  const name = headline.trim() ? `《${headline.trim()}》` : untitledLabel(kind);
  return `${name} - 编辑 - 晋中日报`;
}

/** Keeps the tab titled `title` while the editor is open: Next writes the page's static title into <head>
 *  after a client-side navigation, possibly after this component's first effect, so a later change is undone. */
export function useTabTitle(title: string): void {
  useEffect(() => {
    const apply = () => {
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}
