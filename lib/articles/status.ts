// The one place that knows a story's workflow status. Review stages (初审/复审/终审) and scheduled
// publishing will be added here as further states and transitions.
export const EDITORIAL_STATUSES = ["draft", "published", "changed"] as const;
export type TEditorialStatus = (typeof EDITORIAL_STATUSES)[number];

export const STATUS_LABELS: Record<TEditorialStatus, string> = {
  draft: "草稿",
  published: "已发布",
  changed: "已发布（有未发布的修改）",
};

/** draft: readers see nothing; published: readers see this version; changed: readers see an older one. */
export function editorialStatus(article: { version: number; liveSnapshot: { version: number } | null }): TEditorialStatus {
  if (!article.liveSnapshot) return "draft";
  return article.liveSnapshot.version === article.version ? "published" : "changed";
}
