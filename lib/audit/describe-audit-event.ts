// How the audit page shows one event: the type in the newsroom's words, a readable summary of its payload,
// and the target with a link. Pure; events it does not know are shown by name with their payload's fields.
const ACTION_LABELS: Record<string, string> = {
  "page.imported": "导入版面",
  "page.image_uploaded": "上传版面图",
  "page.regions_saved": "保存版面热区",
  "issue.released": "发布期次",
  "article.created": "新建稿件",
  "article.saved": "保存稿件",
  "article.published": "发布稿件",
  "article.unpublished": "撤下稿件",
  "article.restored": "恢复修订",
  "user.created": "新建账号",
  "user.role_changed": "修改角色",
  "user.disabled": "停用账号",
  "user.enabled": "启用账号",
  "user.password_reset": "重置密码",
  "user.password_changed": "修改本人密码",
  "auth.signed_in": "登录",
  "auth.sign_in_failed": "登录失败",
  "auth.rate_limited": "登录被限流",
  "contributor.created": "新建署名人",
  "contributor.updated": "修改署名人",
  "contributor.deactivated": "停用署名人",
  "contributor.reactivated": "启用署名人",
  "contributor.merged": "合并署名人",
  "section.created": "新建栏目分类",
  "section.renamed": "重命名栏目分类",
  "section.reordered": "调整栏目分类顺序",
  "section.hidden": "隐藏栏目分类",
  "section.shown": "显示栏目分类",
  "section.deleted": "删除栏目分类",
  "column.created": "新建栏目",
  "column.renamed": "重命名栏目",
  "column.reordered": "调整栏目顺序",
  "column.hidden": "隐藏栏目",
  "column.shown": "显示栏目",
  "column.deleted": "删除栏目",
  "media.uploaded": "上传图片",
  "media.updated": "修改图片信息",
  "media.deleted": "删除图片",
};

/** The types offered by the filter, in the order shown. */
export const AUDIT_ACTION_CHOICES = Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }));

export const AUDIT_TARGET_TYPES: Record<string, string> = {
  article: "稿件",
  issue: "期次",
  page: "版面",
  contributor: "署名人",
  section: "栏目分类",
  column: "栏目",
  user: "账号",
  media: "图片",
};

const ROLE_NAMES: Record<string, string> = { ADMIN: "管理员", EDITOR: "编辑", reporter: "记者", photographer: "摄影", correspondent: "通讯员" };
const SOURCE_NAMES: Record<string, string> = { import: "导入程序", seed: "初始数据", cli: "命令行", auth: "登录系统" };

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function actorLabel(row: { actorKind: string; actorName: string | null; actorSource: string | null; actorUserId: string | null }): string {
  if (row.actorKind === "system") return `系统（${SOURCE_NAMES[row.actorSource ?? ""] ?? row.actorSource ?? "未知"}）`;
  return row.actorName ?? (row.actorUserId ? `已删除的账号 ${row.actorUserId}` : "未知");
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const text = (value: unknown): string =>
  value === null || value === undefined || value === "" ? "无" : typeof value === "object" ? JSON.stringify(value) : String(value);
const role = (value: unknown) => ROLE_NAMES[String(value)] ?? text(value);

function changes(before: Record<string, unknown>, after: Record<string, unknown>, labels: Record<string, string>): string {
  const parts = Object.keys(labels).flatMap((key) =>
    text(before[key]) === text(after[key])
      ? []
      : [`${labels[key]}：${key === "defaultRole" ? role(before[key]) : text(before[key])} → ${key === "defaultRole" ? role(after[key]) : text(after[key])}`],
  );
  return parts.join("；") || "无变化";
}

/** A sentence or two saying what the payload records. */
export function summarizeAuditPayload(action: string, payloadValue: unknown): string {
  const payload = record(payloadValue);
  switch (action) {
    case "article.published":
    case "article.unpublished":
      return `版本 ${text(payload.version)}（快照 #${text(payload.snapshotId)}）`;
    case "article.saved":
      return `保存为版本 ${text(payload.version)}`;
    case "article.restored":
      return `恢复修订 #${text(payload.revisionId)}，成为版本 ${text(payload.version)}`;
    case "article.created":
      return payload.pageId === null ? "网络稿件" : `版面 #${text(payload.pageId)}`;
    case "page.imported":
      return `${text(payload.issueDate)} 第${text(payload.pageNumber)}版：新建 ${Array.isArray(payload.createdArticleIds) ? payload.createdArticleIds.length : 0} 篇${payload.published ? "，已发布" : ""}${payload.released ? "，已发布期次" : ""}`;
    case "issue.released":
      return `${text(payload.issueDate)} 期发布`;
    case "user.created":
      return `${text(payload.email)}（${role(payload.role)}）`;
    case "user.role_changed":
      return `${text(payload.email)}：${role(payload.from)} → ${role(payload.to)}`;
    case "user.password_reset":
      return `${text(payload.email)}${payload.generated ? "，生成一次性密码" : "，由管理员设定"}`;
    case "auth.signed_in":
    case "auth.sign_in_failed":
    case "auth.rate_limited":
      return `${text(payload.email)}，来自 ${text(payload.ip)}${payload.reason ? `（${text(payload.reason)}）` : ""}`;
    case "contributor.created":
      return `${text(payload.name)}（${text(payload.affiliation)}，默认${role(payload.defaultRole)}）`;
    case "contributor.updated":
      return changes(record(payload.before), record(payload.after), { name: "姓名", affiliation: "单位", defaultRole: "默认角色" });
    case "contributor.merged":
      return `“${text(payload.name)}”并入“${text(payload.survivorName)}”（#${text(payload.survivorId)}）：移动 ${text(payload.bylinesMoved)} 条署名，更新 ${text(payload.snapshotsRewritten)} 个已发布版本`;
    case "section.renamed":
    case "column.renamed":
      return changes(record(payload.before), record(payload.after), { name: "名称", slug: "网址名" });
    case "section.reordered":
    case "column.reordered":
      return `新顺序：${Array.isArray(payload.order) ? payload.order.map((id) => `#${id}`).join("、") : "无"}`;
  }
  if ("name" in payload) return `${text(payload.name)}${payload.slug ? `（${text(payload.slug)}）` : ""}`;
  if ("email" in payload) return text(payload.email);
  return Object.entries(payload)
    .slice(0, 6)
    .map(([key, value]) => `${key}：${text(value)}`)
    .join("；");
}

/** The target's name and, where the newsroom has a page for it, a link. */
export function auditTarget(entityType: string, entityId: string): { label: string; href: string | null } {
  const label = `${AUDIT_TARGET_TYPES[entityType] ?? entityType} ${/^\d+$/.test(entityId) ? `#${entityId}` : entityId}`;
  const numeric = /^\d+$/.test(entityId);
  switch (entityType) {
    case "article":
      return { label, href: numeric ? `/newsroom/articles/${entityId}` : null };
    case "contributor":
      return { label, href: numeric ? `/newsroom/contributors/${entityId}` : null };
    case "section":
      return { label, href: "/newsroom/sections" };
    case "column":
      return { label, href: "/newsroom/columns" };
    case "user":
      return { label, href: entityId.includes("@") ? null : `/newsroom/accounts#user-${entityId}` };
    case "issue":
    case "page":
      return { label, href: "/newsroom/issues" };
    default:
      return { label, href: null };
  }
}
