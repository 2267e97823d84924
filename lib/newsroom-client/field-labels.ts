// The labels editors see on the form, for naming a field in an error message: 主题, 署名 1 的姓名 — never
// `headline` or `bylines.0.name`. Client-safe; the server's error answers use the same names.

const FIELD_LABELS: Record<string, string> = {
  kind: "体裁",
  columnName: "栏目",
  sectionId: "栏目分类",
  kicker: "引题",
  headline: "主题",
  subheadline: "副题",
  dateline: "电头",
  bylines: "署名",
  pageId: "版面",
  body: "正文",
  baseVersion: "版本号",
  mode: "保存方式",
  revisionId: "历史版本",
};

const BYLINE_PART_LABELS: Record<string, string> = { name: "姓名", role: "角色", affiliation: "单位", contributorId: "作者" };

/** The label of an input path as zod reports it (`draft.bylines.0.name` → 署名 1 的姓名); null when unknown. */
export function fieldLabel(path: ReadonlyArray<PropertyKey>): string | null {
  const parts = path.map(String);
  if (parts[0] === "draft") parts.shift();
  const [field, index, part] = parts;
  if (field === undefined) return null;
  if (field === "bylines" && index !== undefined && /^\d+$/.test(index)) {
    const which = `署名 ${Number(index) + 1}`;
    const partLabel = part === undefined ? undefined : BYLINE_PART_LABELS[part];
    return partLabel ? `${which} 的${partLabel}` : which;
  }
  return FIELD_LABELS[field] ?? null;
}
