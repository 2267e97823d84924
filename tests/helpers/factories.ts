// Per-test data: users, the seeded front page, and printed pages made through the newsroom commands
// (no parser), written through the real database.
import { randomUUID } from "node:crypto";
import { createArticle } from "@/lib/articles/create-article";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { publishArticle, publishArticleInTransaction } from "@/lib/articles/publish-article";
import { saveArticle } from "@/lib/articles/save-article";
import type { TActor } from "@/lib/auth/actor";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { getDb, type TTransaction } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { parsePageText } from "@/lib/import/parse-page-text";
import { readPageFile } from "@/lib/import/read-page-file";
import { issueDateToDb } from "@/lib/issues/issue-date";
import { releaseIssueInTransaction } from "@/lib/issues/release-issue";
import { ensureDefaultPublication } from "@/lib/publications/default-publication";
import { SEED_FILE } from "./pages";

export async function createTestUser(options: { role?: "ADMIN" | "EDITOR"; disabled?: boolean; name?: string; password?: string } = {}) {
  const user = await getDb().user.create({
    data: {
      email: `${randomUUID().slice(0, 8)}@jzrb.test`,
      name: options.name ?? "测试编辑",
      role: options.role ?? "EDITOR",
      passwordHash: options.password ? await hashPassword(options.password) : null,
      disabledAt: options.disabled ? new Date() : null,
    },
  });
  const actor: TActor = { kind: "user", userId: user.id, role: user.role };
  return { user, actor };
}

export async function importSeedPage() {
  const parsed = parsePageText(await readPageFile(SEED_FILE));
  return importPage(parsed, { issueDate: "2025-12-20", pageNumber: 1, pageName: "要闻", publish: true, release: true }, SYSTEM_IMPORT);
}

/** Publishes whatever version the story's working draft is at now, as a tool that just wrote it would. */
export async function publishCurrentVersion(tx: TTransaction, articleId: number, actor: TActor = SYSTEM_IMPORT) {
  const { version } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
  return publishArticleInTransaction(tx, actor, { articleId, baseVersion: version });
}

/** A web-only story (no page) with a body, written through the newsroom commands, and published unless asked not to. */
export async function createWebStory(actor: TActor, headline: string, options: { publish?: boolean } = {}) {
  const { id } = await createArticle(actor, { kind: "news", headline });
  const editable = await getEditableArticle(id);
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `${headline}正文。` }] }] };
  const saved = await saveArticle(actor, { articleId: id, baseVersion: editable.version, mode: "save", draft: { ...editable.draft, body } });
  if (options.publish ?? true) await publishArticle(actor, { articleId: id, baseVersion: saved.version });
  return { id, version: saved.version };
}

export interface TStorySpec {
  headline: string;
  kind?: "news" | "feature" | "photo" | "commentary";
  paragraphs: string[];
  /** 下转第N版 after the paragraphs. */
  jumpToPage?: number;
  bylines?: Array<{ name: string; role: "reporter" | "photographer" | "correspondent"; affiliation: string | null }>;
}

export const CANTEEN = "家门口的幸福“食”光";

/** A front page like the seeded one, made the way an editor would, without the parser. */
export const FRONT_PAGE: TStorySpec[] = [
  {
    headline: "市委理论学习中心组举行扩大学习会",
    paragraphs: ["12月19日，市委理论学习中心组举行扩大学习会。"],
    bylines: [{ name: "王文安", role: "reporter", affiliation: "本报" }],
  },
  {
    headline: "扩面有力度 服务有温度 监管有硬度",
    kind: "feature",
    paragraphs: ["我市社保工作提质增效。"],
    jumpToPage: 4,
    bylines: [{ name: "雷甫", role: "reporter", affiliation: "本报" }],
  },
  {
    headline: CANTEEN,
    kind: "feature",
    paragraphs: ["“明码标价，干净卫生。”老年助餐点里，居民们吃得舒心。", "社区食堂越办越好。"],
    jumpToPage: 4,
    bylines: [{ name: "冯静宁", role: "reporter", affiliation: "本报" }],
  },
  {
    headline: "竞逐“北斗”新赛道 打造产业新高地",
    kind: "feature",
    paragraphs: ["山西北斗产业园加快建设。"],
    bylines: [{ name: "王菲", role: "reporter", affiliation: "本报" }],
  },
  {
    headline: "晋中特色产品亮相2025世界绿发会暨中国绿博会",
    paragraphs: ["晋中特色产品亮相绿博会。"],
    bylines: [{ name: "刘冬冬", role: "reporter", affiliation: "本报" }],
  },
  { headline: "", kind: "photo", paragraphs: ["口袋公园里，市民休闲健身。"], bylines: [{ name: "耿新洲", role: "photographer", affiliation: "本报" }] },
];

function storyBody(spec: TStorySpec) {
  const paragraphs = spec.paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] }));
  return { type: "doc", content: spec.jumpToPage ? [...paragraphs, { type: "jump", attrs: { toPage: spec.jumpToPage } }, { type: "paragraph" }] : paragraphs };
}

/**
 * Makes, through the newsroom's own commands, a released issue whose page 1 prints these stories in this
 * order (published), with an unnamed page 4 for their jumps. Returns the story ids in print order.
 */
export async function createPrintedPage(options: { date?: string; stories?: TStorySpec[] } = {}) {
  const { actor } = await createTestUser({ role: "ADMIN", name: "版面编辑" });
  const db = getDb();
  const publication = await db.$transaction((tx) => ensureDefaultPublication(tx));
  const issue = await db.issue.create({
    data: {
      publicationId: publication.id,
      date: issueDateToDb(options.date ?? "2025-12-20"),
      number: 1,
      pages: { create: [{ number: 1, name: "要闻" }, { number: 4 }] },
    },
    include: { pages: { orderBy: { number: "asc" } } },
  });
  const pageId = issue.pages[0]?.id ?? 0;
  const ids: number[] = [];
  for (const spec of options.stories ?? FRONT_PAGE) {
    const { id } = await createArticle(actor, { kind: spec.kind ?? "news", headline: spec.headline, pageId });
    const editable = await getEditableArticle(id);
    const bylines = (spec.bylines ?? []).map((byline) => ({ contributorId: null, ...byline }));
    const saved = await saveArticle(actor, {
      articleId: id,
      baseVersion: editable.version,
      mode: "save",
      draft: { ...editable.draft, bylines, body: storyBody(spec) },
    });
    await publishArticle(actor, { articleId: id, baseVersion: saved.version });
    ids.push(id);
  }
  await db.$transaction((tx) => releaseIssueInTransaction(tx, actor, { issueId: issue.id }));
  return { ids, issue };
}
