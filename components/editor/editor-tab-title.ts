// The browser tab of a story's editor is titled with its headline, so an editor with several stories open
// tells the tabs apart; it follows the headline as it is typed.
import { useEffect } from "react";
import { untitledLabel } from "@/lib/articles/kind-labels";

/** What `document.title` reads back: ASCII whitespace collapsed to one space and trimmed. */
export function asBrowserTitle(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, " ").trim();
}

export function editorTabTitle(headline: string, kind: string): string {
  const line = asBrowserTitle(headline);
  return `${line ? `《${line}》` : untitledLabel(kind)} - 编辑 - 晋中日报`;
}

/** Keeps the tab titled `title` while the editor is open: Next writes the page's static title into <head>
 *  after a client-side navigation, possibly after this component's first effect, so a later change is undone. */
export function useTabTitle(title: string): void {
  useEffect(() => {
    // Compared with what the browser made of the title last time it was set, not with the text itself: the
    // browser rewrites some characters (whitespace, controls), and a title compared with the text would be
    // set again by every change it causes, forever.
    const wanted = asBrowserTitle(title);
    let appliedAs: string | null = null;
    const apply = () => {
      if (appliedAs !== null && document.title === appliedAs) return;
      document.title = wanted;
      appliedAs = document.title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}
