// The issue desk's commands against a real PostgreSQL: planning an issue, editing its pages, placing and
// ordering stories, releasing now, at a time (announced once by two separate app-instance processes) and
// withdrawing — and every refusal, which changes nothing.
import { type ChildProcess, spawn } from "node:child_process";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { getIssueDesk } from "@/lib/articles/get-issue-desk";
import { placeArticle } from "@/lib/articles/place-article";
import { publishArticle } from "@/lib/articles/publish-article";
import { reorderPage } from "@/lib/articles/reorder-page";
import { saveArticle } from "@/lib/articles/save-article";
import { takeArticleOffPage } from "@/lib/articles/take-article-off-page";
import type { TActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { createIssue } from "@/lib/issues/create-issue";
import { getPreviousPlan } from "@/lib/issues/get-previous-plan";
import { releaseIssueNow } from "@/lib/issues/release-issue-now";
import { scheduleRelease } from "@/lib/issues/schedule-release";
import { unreleaseIssue } from "@/lib/issues/unrelease-issue";
import { updatePagePlan } from "@/lib/issues/update-page-plan";
import { getFrontPageView } from "@/lib/reader/get-front-page-view";
import { getIssueView } from "@/lib/reader/get-issue-view";
import { READER_CHANGE_CHANNEL } from "@/lib/reader-change/cache-tags";
import { createPrintedPage, createTestUser } from "../helpers/factories";

const FOUR_PAGES = [{ name: "要闻" }, { name: "综合" }, { name: "民生" }, { name: "副刊" }];

async function admin() {
  return (await createTestUser({ role: "ADMIN", name: "版面主任" })).actor;
}

async function plannedIssue(actor: TActor, date = "2026-12-01", number = 1001) {
  const { id } = await createIssue(actor, { date, number, pages: FOUR_PAGES });
  const pages = await getDb().page.findMany({ where: { issueId: id }, orderBy: { number: "asc" } });
  return { issueId: id, pages };
}

function paragraph(text: string) {
  return { type: "paragraph", content: [{ type: "text", text }] };
}

/** A published story on a page; `jumpTo` adds 下转第N版 with `continuation` as the text printed there. */
async function publishedStory(actor: TActor, pageId: number, headline: string, jump?: { to: number; continuation: string }) {
  const { id } = await createArticle(actor, { kind: "news", headline, pageId });
  const editable = await getEditableArticle(id);
  const body = {
    type: "doc",
    content: jump
      ? [paragraph(`${headline}正文。`), { type: "jump", attrs: { toPage: jump.to } }, jump.continuation ? paragraph(jump.continuation) : { type: "paragraph" }]
      : [paragraph(`${headline}正文。`)],
  };
  const saved = await saveArticle(actor, { articleId: id, baseVersion: editable.version, mode: "save", draft: { ...editable.draft, body } });
  await publishArticle(actor, { articleId: id, baseVersion: saved.version });
  return id;
}

async function listen() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const received: string[][] = [];
  client.on("notification", (message) => received.push((JSON.parse(message.payload ?? "{}") as { tags: string[] }).tags));
  await client.query(`LISTEN ${READER_CHANGE_CHANNEL}`);
  return { received, close: () => client.end() };
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string) {
  for (let attempt = 0; attempt < 1_200; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

async function auditCount(action: string, entityId: string) {
  return getDb().auditEvent.count({ where: { action, entityId } });
}

describe("planning an issue", () => {
  it("creates the issue with its pages, audited; an EDITOR and a second issue for the day are refused", async () => {
    const actor = await admin();
    const { issueId, pages } = await plannedIssue(actor);
    expect(pages.map((page) => page.name)).toEqual(["要闻", "综合", "民生", "副刊"]);
    expect(await auditCount("issue.created", String(issueId))).toBe(1);
    const { actor: editor } = await createTestUser({ role: "EDITOR" });
    await expect(createIssue(editor, { date: "2026-12-02", pages: FOUR_PAGES })).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    await expect(createIssue(actor, { date: "2026-12-01", pages: FOUR_PAGES })).rejects.toThrow("这一期已经存在");
    await expect(createIssue(actor, { date: "2026-12-03", number: 1001, pages: FOUR_PAGES })).rejects.toThrow("期号 1001 已被另一期使用");
    expect(await getDb().issue.count()).toBe(1);
    // "Copy yesterday's plan": the latest issue before the day, whatever its numbers.
    expect(await getPreviousPlan(actor, "2026-12-05")).toEqual({
      date: "2026-12-01",
      pages: FOUR_PAGES.map((page, index) => ({ number: index + 1, name: page.name, sectionId: null })),
    });
    expect(await getPreviousPlan(actor, "2026-12-01")).toBeNull();
    await expect(getPreviousPlan(editor, "2026-12-05")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("edits the plan, and refuses to remove a page that still holds a story, naming it", async () => {
    const actor = await admin();
    const { issueId, pages } = await plannedIssue(actor);
    await createArticle(actor, { kind: "news", headline: "副刊上的散文", pageId: pages[3]?.id ?? 0 });
    const three = [{ name: "要闻" }, { name: "综合" }, { name: "民生" }];
    await expect(updatePagePlan(actor, { issueId, number: 1001, pages: three })).rejects.toThrow(/不能删除仍有稿件的版面：第4版《副刊上的散文》/);
    expect(await getDb().page.count({ where: { issueId } })).toBe(4);
    const { actor: editor } = await createTestUser({ role: "EDITOR" });
    await expect(updatePagePlan(editor, { issueId, number: 1001, pages: [...three, { name: "文艺" }] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updatePagePlan(actor, { issueId, number: 1002, pages: [{ name: "要闻" }, { name: "时政" }, { name: "民生" }, { name: "副刊" }, { name: "体育" }] });
    const after = await getDb().page.findMany({ where: { issueId }, orderBy: { number: "asc" } });
    expect(after.map((page) => page.name)).toEqual(["要闻", "时政", "民生", "副刊", "体育"]);
    expect(after[0]?.id).toBe(pages[0]?.id);
    expect((await getDb().issue.findUniqueOrThrow({ where: { id: issueId } })).number).toBe(1002);
    expect(await auditCount("issue.plan_updated", String(issueId))).toBe(1);
    // Pages keep their numbers: an empty page in the middle goes, the pages after it stay what they were.
    await updatePagePlan(actor, {
      issueId,
      number: 1002,
      pages: [
        { number: 1, name: "要闻" },
        { number: 2, name: "时政" },
        { number: 4, name: "副刊" },
        { number: 5, name: "体育" },
      ],
    });
    const gapped = await getDb().page.findMany({ where: { issueId }, orderBy: { number: "asc" } });
    expect(gapped.map((page) => [page.number, page.name])).toEqual([
      [1, "要闻"],
      [2, "时政"],
      [4, "副刊"],
      [5, "体育"],
    ]);
    expect(gapped[2]?.id).toBe(pages[3]?.id);
    await expect(
      updatePagePlan(actor, {
        issueId,
        number: 1002,
        pages: [
          { number: 1, name: "要闻" },
          { number: 1, name: "重复" },
        ],
      }),
    ).rejects.toThrow("版次不能重复");
  });
});

describe("placing stories", () => {
  it("places, moves, orders and takes off a story through the placement writer, never deleting it", async () => {
    const actor = await admin();
    const { issueId, pages } = await plannedIssue(actor);
    const [p1, p2] = [pages[0]?.id ?? 0, pages[1]?.id ?? 0];
    const first = await createArticle(actor, { headline: "第一篇", pageId: p2 });
    const web = await createArticle(actor, { headline: "网络稿件变见报" });
    const webVersion = (await getEditableArticle(web.id)).version;
    const placed = await placeArticle(actor, { articleId: web.id, baseVersion: webVersion, pageId: p2 });
    expect(placed.version).toBe(webVersion + 1);
    let desk = await getIssueDesk(actor, issueId);
    expect(desk?.pages[1]?.stories.map((story) => story.headline)).toEqual(["第一篇", "网络稿件变见报"]);
    // A stale version is refused and nothing moves.
    await expect(placeArticle(actor, { articleId: web.id, baseVersion: webVersion, pageId: p1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await reorderPage(actor, { pageId: p2, articleIds: [web.id, first.id] });
    desk = await getIssueDesk(actor, issueId);
    expect(desk?.pages[1]?.stories.map((story) => story.headline)).toEqual(["网络稿件变见报", "第一篇"]);
    await expect(reorderPage(actor, { pageId: p2, articleIds: [web.id] })).rejects.toThrow("本版的稿件已有变化");
    await placeArticle(actor, { articleId: first.id, baseVersion: (await getEditableArticle(first.id)).version, pageId: p1 });
    desk = await getIssueDesk(actor, issueId);
    expect(desk?.pages[0]?.stories.map((story) => story.headline)).toEqual(["第一篇"]);
    const off = await takeArticleOffPage(actor, { articleId: first.id, baseVersion: (await getEditableArticle(first.id)).version });
    expect(off.toPageId).toBeNull();
    expect(await getDb().articlePlacement.count({ where: { articleId: first.id } })).toBe(0);
    expect(await getDb().article.findUnique({ where: { id: first.id } })).not.toBeNull();
    const revisions = await getDb().articleRevision.count({ where: { articleId: first.id } });
    expect(revisions).toBeGreaterThanOrEqual(3);
    expect(await getDb().auditEvent.count({ where: { action: "article.placement_changed", entityId: String(first.id) } })).toBe(2);
    const { actor: editor } = await createTestUser({ role: "EDITOR" });
    const version = (await getEditableArticle(web.id)).version;
    await expect(placeArticle(editor, { articleId: web.id, baseVersion: version, pageId: p1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(takeArticleOffPage(editor, { articleId: web.id, baseVersion: version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reorderPage(editor, { pageId: p2, articleIds: [web.id] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getEditableArticle(web.id)).version).toBe(version);
  });

  it("shows a reordered page of a released issue to readers in the new order at once, with a notification", async () => {
    const { ids, issue } = await createPrintedPage();
    const actor = await admin();
    const page1 = issue.pages[0]?.id ?? 0;
    const listener = await listen();
    try {
      const reversed = [...ids].reverse();
      await reorderPage(actor, { pageId: page1, articleIds: reversed });
      const front = (await getFrontPageView()).front?.stories.map((story) => story.articleId);
      expect(front).toEqual(reversed);
      await waitFor(() => listener.received.some((tags) => tags.includes(`page:${page1}`)), "the page notification");
      expect(await auditCount("page.reordered", String(page1))).toBe(1);
    } finally {
      await listener.close();
    }
  });

  it("flags the page problems: no story, drafts, a 下转 to a missing page or to empty text", async () => {
    const actor = await admin();
    const { issueId, pages } = await plannedIssue(actor);
    await publishedStory(actor, pages[0]?.id ?? 0, "转到空白", { to: 3, continuation: "" });
    await createArticle(actor, { headline: "还没写完", pageId: pages[1]?.id ?? 0 });
    const desk = await getIssueDesk(actor, issueId);
    expect(desk?.pages[0]?.problems).toEqual(["《转到空白》下转第3版，但转版后的正文是空的"]);
    expect(desk?.pages[1]?.problems).toEqual(["《还没写完》还是草稿，尚未发布"]);
    expect(desk?.pages[3]?.problems).toEqual(["本版还没有稿件"]);
  });
});

describe("releasing an issue", () => {
  let listener: Awaited<ReturnType<typeof listen>> | undefined;
  const children: ChildProcess[] = [];
  /** Stops every instance and waits until each has exited: a killed instance still looks until it is gone. */
  async function stopInstances() {
    await Promise.all(
      children.splice(0).map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill();
          }),
      ),
    );
  }

  afterEach(async () => {
    await listener?.close();
    listener = undefined;
    await stopInstances();
  });

  it("refuses a release while a published 下转 leads nowhere, listing the story, and changes nothing", async () => {
    const actor = await admin();
    const { issueId, pages } = await plannedIssue(actor);
    await publishedStory(actor, pages[0]?.id ?? 0, "悬空的转版", { to: 2, continuation: "" });
    await expect(releaseIssueNow(actor, { issueId })).rejects.toThrow(/不能发布这一期.*《悬空的转版》下转第2版，但转版后的正文是空的/);
    await expect(scheduleRelease(actor, { issueId, at: new Date(Date.now() + 3_600_000).toISOString() })).rejects.toThrow("《悬空的转版》");
    expect((await getDb().issue.findUniqueOrThrow({ where: { id: issueId } })).releasedAt).toBeNull();
    expect(await auditCount("issue.released", String(issueId))).toBe(0);
  });

  it("releases now for readers at one moment with one notification, and withdraws only when confirmed", async () => {
    const actor = await admin();
    const { issueId, pages } = await plannedIssue(actor);
    await publishedStory(actor, pages[1]?.id ?? 0, "二版头条", { to: 3, continuation: "续在三版。" });
    expect((await getIssueView("2026-12-01")).view.kind).toBe("no-issue");
    const { actor: editor } = await createTestUser({ role: "EDITOR" });
    await expect(releaseIssueNow(editor, { issueId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    listener = await listen();
    await releaseIssueNow(actor, { issueId });
    const view = (await getIssueView("2026-12-01")).view;
    expect(view.kind).toBe("issue");
    await waitFor(() => (listener?.received.length ?? 0) > 0, "the release notification");
    expect(listener.received[0]).toContain(`issue:${issueId}`);
    await expect(releaseIssueNow(actor, { issueId })).rejects.toThrow("这一期已经发布");
    // @ts-expect-error: the confirmation is required
    await expect(unreleaseIssue(actor, { issueId })).rejects.toThrow();
    await expect(unreleaseIssue(editor, { issueId, confirm: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getIssueView("2026-12-01")).view.kind).toBe("issue");
    await unreleaseIssue(actor, { issueId, confirm: true });
    expect((await getIssueView("2026-12-01")).view.kind).toBe("no-issue");
    await waitFor(() => (listener?.received.length ?? 0) > 1, "the withdrawal notification");
    expect(await auditCount("issue.unreleased", String(issueId))).toBe(1);
  });

  it("refuses a schedule in the past or by an EDITOR", async () => {
    const actor = await admin();
    const { issueId } = await plannedIssue(actor);
    await expect(scheduleRelease(actor, { issueId, at: new Date(Date.now() - 60_000).toISOString() })).rejects.toThrow("必须晚于现在");
    const { actor: editor } = await createTestUser({ role: "EDITOR" });
    await expect(scheduleRelease(editor, { issueId, at: new Date(Date.now() + 60_000).toISOString() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getDb().issue.findUniqueOrThrow({ where: { id: issueId } })).releasedAt).toBeNull();
  });

  function startInstance(): Promise<{ child: ChildProcess; lines: string[] }> {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "tests/helpers/release-scheduler-process.ts"], {
      env: { ...process.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    const lines: string[] = [];
    return new Promise((resolve, reject) => {
      child.stdout?.on("data", (chunk: Buffer) => {
        lines.push(...chunk.toString().trim().split("\n"));
        if (lines.includes("ready")) resolve({ child, lines });
      });
      child.on("exit", (code) => reject(new Error(`scheduler process exited with ${code}`)));
    });
  }

  it("fires a scheduled release exactly once with two app instances, and an instance started late catches up", async () => {
    const actor = await admin();
    const { issueId, pages } = await plannedIssue(actor);
    await publishedStory(actor, pages[0]?.id ?? 0, "定时发布的头条");
    const late = await plannedIssue(actor, "2026-12-02", 1002).then((issue) => issue.issueId);
    listener = await listen();
    const [a, b] = await Promise.all([startInstance(), startInstance()]);
    const at = new Date(Date.now() + 1_500);
    await scheduleRelease(actor, { issueId, at: at.toISOString() });
    // Scheduled, not yet released: readers see nothing.
    expect((await getIssueView("2026-12-01")).view.kind).toBe("no-issue");
    // Hold the issue's row until both instances have seen the release fall due and wait to claim it, so that
    // they really race: only the conditional claim keeps the announcement to one.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query(`SELECT "id" FROM "Issue" WHERE "id" = $1 FOR UPDATE`, [issueId]);
    await waitFor(async () => {
      // Asked outside the holder's transaction, which would see one snapshot of pg_stat_activity only.
      const rows = await getDb().$queryRaw<Array<{ waiting: number }>>`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock'`;
      return (rows[0]?.waiting ?? 0) >= 2;
    }, "both instances waiting to claim the release");
    await holder.query("COMMIT");
    await holder.end();
    await waitFor(async () => (await auditCount("issue.released", String(issueId))) > 0, "the scheduled release");
    expect((await getIssueView("2026-12-01")).view.kind).toBe("issue");
    await waitFor(() => listener?.received.some((tags) => tags.includes(`issue:${issueId}`)) ?? false, "the notification");
    // Both instances keep looking; still exactly one announcement, one audit row, one notification.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect([...a.lines, ...b.lines].filter((line) => line === `announced ${issueId}`)).toHaveLength(1);
    expect(await auditCount("issue.released", String(issueId))).toBe(1);
    expect(listener.received.filter((tags) => tags.includes(`issue:${issueId}`))).toHaveLength(1);

    // Every instance down; a release falls due meanwhile; the instance that starts afterwards announces it.
    await stopInstances();
    await getDb().issue.update({ where: { id: late }, data: { releasedAt: new Date(Date.now() - 60_000), releaseNotifiedAt: null } });
    const restarted = await startInstance();
    await waitFor(() => restarted.lines.includes(`announced ${late}`), "the catch-up after a restart");
    expect(await auditCount("issue.released", String(late))).toBe(1);
  }, 120_000);
});
