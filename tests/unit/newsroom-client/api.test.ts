// The browser's newsroom API: what it sends, and that every answer is checked before it is trusted.
import { afterEach, describe, expect, it, vi } from "vitest";
import { BAD_RESPONSE_MESSAGE, NETWORK_MESSAGE, newsroomApi, UNAUTHENTICATED_MESSAGE } from "@/lib/newsroom-client/api";
import type { TEditableArticleResponse } from "@/lib/newsroom-client/schemas";

const article: TEditableArticleResponse = {
  id: 3,
  version: 7,
  status: "changed",
  draft: {
    kind: "feature",
    columnName: "四中全会精神在基层",
    sectionId: null,
    kicker: null,
    headline: "家门口的幸福“食”光",
    subheadline: null,
    dateline: null,
    bylines: [{ contributorId: 2, name: "冯静宁", role: "reporter", affiliation: "本报" }],
    pageId: 1,
    body: {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "正文。" }] },
        { type: "jump", attrs: { toPage: 4 } },
      ],
    },
  },
  placement: { issueDate: "2025-12-20", pageNumber: 1, pageName: null },
  missingJumpPages: [],
  updatedAt: "2026-11-30T02:00:00.000Z",
  updatedBy: "王编辑",
  firstPublishedAt: null,
};

/** Answers every request with `body` and `status`, and records what was sent. */
function answer(status: number, body: unknown) {
  const sent: Array<{ url: string; init: RequestInit }> = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(typeof body === "string" ? body : JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("newsroomApi", () => {
  it("sends a save as JSON with its base version and returns the checked article", async () => {
    const sent = answer(200, article);
    const result = await newsroomApi.saveArticle(3, { baseVersion: 6, mode: "autosave", draft: article.draft });
    expect(result).toEqual({ kind: "ok", data: article });
    expect(sent[0]?.url).toBe("/api/newsroom/articles/3");
    expect(sent[0]?.init.method).toBe("PUT");
    expect(new Headers(sent[0]?.init.headers).get("content-type")).toBe("application/json");
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ baseVersion: 6, mode: "autosave", draft: article.draft });
  });

  it("names the base version of a publish baseVersion", async () => {
    const sent = answer(200, { articleId: 3, snapshotId: 12, version: 7 });
    expect(await newsroomApi.publishArticle(3, { baseVersion: 7 })).toEqual({ kind: "ok", data: { articleId: 3, snapshotId: 12, version: 7 } });
    expect(sent[0]?.url).toBe("/api/newsroom/articles/3/publish");
    expect(JSON.parse(String(sent[0]?.init.body))).toMatchObject({ baseVersion: 7 });
  });

  it("sends a restore with the revision and its base version", async () => {
    const sent = answer(200, article);
    expect((await newsroomApi.restoreRevision(3, { revisionId: 40, baseVersion: 7 })).kind).toBe("ok");
    expect(sent[0]?.url).toBe("/api/newsroom/articles/3/restore");
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ revisionId: 40, baseVersion: 7 });
  });

  it("returns the other editor's version on a conflict", async () => {
    answer(409, { error: { code: "CONFLICT", message: "这篇稿件已被王编辑修改（版本 7），你的修改没有保存" }, current: article });
    expect(await newsroomApi.saveArticle(3, { baseVersion: 6, mode: "save", draft: article.draft })).toEqual({
      kind: "conflict",
      message: "这篇稿件已被王编辑修改（版本 7），你的修改没有保存",
      current: article,
    });
    // A save that could be compared also brings the version it started from, for the block-by-block choice.
    const base = { ...article.draft, headline: "开始时的主题" };
    answer(409, { error: { code: "CONFLICT", message: "冲突" }, current: article, base, conflicts: [] });
    expect(await newsroomApi.saveArticle(3, { baseVersion: 6, mode: "save", draft: article.draft })).toEqual({
      kind: "conflict",
      message: "冲突",
      current: article,
      base,
    });
  });

  it("treats a 409 without a version attached as an error with the server's message", async () => {
    answer(409, { error: { code: "CONFLICT", message: "这篇稿件没有发布，无需撤下" } });
    expect(await newsroomApi.unpublishArticle(3)).toEqual({ kind: "error", status: 409, code: "CONFLICT", message: "这篇稿件没有发布，无需撤下" });
  });

  it("passes a refusal's message on, and has one of its own when the server gave none", async () => {
    answer(422, { error: { code: "INVALID_INPUT", message: "不能发布：请先填写主题（只有图片新闻可以没有标题）" } });
    expect(await newsroomApi.publishArticle(3, { baseVersion: 7 })).toEqual({
      kind: "error",
      status: 422,
      code: "INVALID_INPUT",
      message: "不能发布：请先填写主题（只有图片新闻可以没有标题）",
    });
    answer(502, "<html>Bad Gateway</html>");
    const failed = await newsroomApi.touchPresence(3);
    expect(failed.kind).toBe("error");
    expect(failed.kind === "error" && failed.message).toMatch(/HTTP 502/);
  });

  it("reports a signed-out editor apart from other failures", async () => {
    answer(401, { error: { code: "UNAUTHENTICATED", message: "请先登录" } });
    expect(await newsroomApi.touchPresence(3)).toEqual({ kind: "unauthenticated", message: "请先登录" });
    answer(401, "");
    expect(await newsroomApi.touchPresence(3)).toEqual({ kind: "unauthenticated", message: UNAUTHENTICATED_MESSAGE });
  });

  it("reports a request that never reached the server", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await newsroomApi.saveArticle(3, { baseVersion: 6, mode: "save", draft: article.draft })).toEqual({ kind: "network", message: NETWORK_MESSAGE });
  });

  it("refuses an answer of the wrong shape instead of trusting it", async () => {
    answer(200, { ...article, version: "7" });
    expect(await newsroomApi.saveArticle(3, { baseVersion: 6, mode: "save", draft: article.draft })).toEqual({
      kind: "error",
      status: 200,
      code: "BAD_RESPONSE",
      message: BAD_RESPONSE_MESSAGE,
    });
    // A body outside the stored whitelist is not an article either.
    answer(200, { ...article, draft: { ...article.draft, body: { type: "doc", content: [{ type: "script", text: "x" }] } } });
    expect((await newsroomApi.restoreRevision(3, { revisionId: 1, baseVersion: 7 })).kind).toBe("error");
    answer(200, { others: [{ userId: "u1", name: "王编辑", lastSeenAt: "2026-11-30T02:00:00.000Z" }], version: 8, updatedBy: "王编辑" });
    expect(await newsroomApi.touchPresence(3)).toEqual({
      kind: "ok",
      data: { others: [{ userId: "u1", name: "王编辑", lastSeenAt: "2026-11-30T02:00:00.000Z" }], version: 8, updatedBy: "王编辑" },
    });
    // A presence answer without the story's version is not trusted either: the stale-window notice depends on it.
    answer(200, { others: [] });
    expect((await newsroomApi.touchPresence(3)).kind).toBe("error");
  });
});
