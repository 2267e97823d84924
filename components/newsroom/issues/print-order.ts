// Moving one story within a page's print order, and the sentence a screen reader hears about it. Pure.
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

export function movedAnnouncement(headline: string, to: number, total: number): string {
  return `《${headline || "无标题图片"}》已移到本版第 ${to + 1} 篇（共 ${total} 篇）`;
}
