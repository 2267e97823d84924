// Several editors hammer one story through the HTTP API at once — autosaves, explicit saves, publishes and
// restores — as a busy evening desk would. Nothing accepted may be lost or mislabelled: every accepted save
// is in the history, no version is handed out twice, every published snapshot is exactly the version it
// names, and the server never answers 500.
import pg from "pg";
import type { APIRequestContext, Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { CHROMIUM_ARGS } from "./chromium";

const CLIENTS = 4;
const ROUNDS = 12;
const url = (path: string) => new URL(path, inject("baseUrl")).toString();

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

async function signedInRequest(editorIndex: number): Promise<APIRequestContext> {
  const editor = inject("editors")[editorIndex];
  if (!editor) throw new Error("no such editor");
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(url("/newsroom/sign-in"));
  await page.getByLabel("邮箱").fill(editor.email);
  await page.getByLabel("密码").fill(editor.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(url("/newsroom"));
  return context.request;
}

interface TAccepted {
  kind: "autosave" | "save" | "restore" | "publish";
  client: number;
  version: number;
  headline: string | null;
}

function paragraph(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

it("loses no accepted save, shares no version and publishes exactly the versions it names", async () => {
  const requests = await Promise.all(Array.from({ length: CLIENTS }, (_, client) => signedInRequest(client % inject("editors").length)));
  const [first] = requests;
  if (!first) throw new Error("no signed-in client");
  const created = await first.post(url("/api/newsroom/articles"), { data: { kind: "news", headline: "压测稿件" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  const start = (await (await first.get(url(`/api/newsroom/articles/${id}`))).json()) as { version: number; draft: Record<string, unknown> };

  const accepted: TAccepted[] = [];
  const statuses: number[] = [];
  const record = (status: number) => {
    statuses.push(status);
    return status;
  };

  await Promise.all(
    requests.map(async (request, client) => {
      let known = start.version;
      const noteVersion = async (response: Awaited<ReturnType<APIRequestContext["post"]>>) => {
        const body = (await response.json().catch(() => ({}))) as { version?: number; current?: { version?: number } };
        return body.version ?? body.current?.version ?? known;
      };
      for (let round = 0; round < ROUNDS; round += 1) {
        const headline = `压测-${client}-${round}`;
        const mode = round % 2 === 0 ? "autosave" : "save";
        const saved = await request.put(url(`/api/newsroom/articles/${id}`), {
          data: { baseVersion: known, mode, draft: { ...start.draft, headline, body: paragraph(`${headline} 的正文。`) } },
        });
        if (record(saved.status()) === 200) accepted.push({ kind: mode, client, version: await noteVersion(saved), headline });
        known = await noteVersion(saved);

        if (round % 4 === 3) {
          const published = await request.post(url(`/api/newsroom/articles/${id}/publish`), { data: { baseVersion: known } });
          if (record(published.status()) === 200) accepted.push({ kind: "publish", client, version: await noteVersion(published), headline: null });
        }
        if (round % 6 === 5) {
          const revisions = await firstRevisionId(id);
          const restored = await request.post(url(`/api/newsroom/articles/${id}/restore`), { data: { revisionId: revisions, baseVersion: known } });
          if (record(restored.status()) === 200) accepted.push({ kind: "restore", client, version: await noteVersion(restored), headline: "压测稿件" });
          known = await noteVersion(restored);
        }
      }
    }),
  );

  expect(statuses.filter((status) => status >= 500)).toEqual([]);
  expect(statuses.every((status) => [200, 409].includes(status))).toBe(true);
  expect(accepted.filter((change) => change.kind !== "publish").length).toBeGreaterThan(CLIENTS);

  // No version was handed out to two accepted changes.
  const versions = accepted.filter((change) => change.kind !== "publish").map((change) => change.version);
  expect(new Set(versions).size).toBe(versions.length);

  const database = new pg.Client({ connectionString: inject("e2eDatabaseUrl") });
  await database.connect();
  try {
    const { rows: revisions } = await database.query<{ version: number; reason: string; headline: string; authorId: string | null }>(
      `SELECT "version", "reason", "content"->>'headline' AS headline, "authorId" FROM "ArticleRevision" WHERE "articleId" = $1`,
      [id],
    );
    for (const change of accepted.filter((candidate) => candidate.kind === "save" || candidate.kind === "restore")) {
      expect(revisions, `${change.kind} v${change.version}`).toContainEqual(expect.objectContaining({ version: change.version, headline: change.headline }));
    }
    // An autosave is its own revision, or folded into a later autosave of the same editor's (never dropped).
    for (const change of accepted.filter((candidate) => candidate.kind === "autosave")) {
      const own = revisions.find((revision) => revision.version === change.version);
      const folded = revisions.some((revision) => revision.reason === "autosave" && revision.version > change.version);
      expect(own?.headline === change.headline || folded, `autosave v${change.version}`).toBe(true);
    }
    // Every snapshot is exactly the version it names: the text that version's save sent.
    const { rows: snapshots } = await database.query<{ version: number; headline: string }>(
      `SELECT "version", "content"->>'headline' AS headline FROM "ArticleSnapshot" WHERE "articleId" = $1`,
      [id],
    );
    expect(snapshots.length).toBe(accepted.filter((change) => change.kind === "publish").length);
    for (const snapshot of snapshots) {
      const source = accepted.find((change) => change.kind !== "publish" && change.version === snapshot.version);
      const expected = source?.headline ?? (snapshot.version === start.version ? "压测稿件" : undefined);
      expect(snapshot.headline, `snapshot of v${snapshot.version}`).toBe(expected);
      const label = revisions.find((revision) => revision.reason === "publish" && revision.version === snapshot.version);
      expect(label?.headline, `publish revision of v${snapshot.version}`).toBe(snapshot.headline);
    }
  } finally {
    await database.end();
  }

  async function firstRevisionId(articleId: number): Promise<number> {
    const client = new pg.Client({ connectionString: inject("e2eDatabaseUrl") });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: number }>(`SELECT "id" FROM "ArticleRevision" WHERE "articleId" = $1 ORDER BY "id" LIMIT 1`, [articleId]);
      return rows[0]?.id ?? 0;
    } finally {
      await client.end();
    }
  }
}, 180_000);
