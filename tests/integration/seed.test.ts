// `npm run db:seed` and the first start import the seeded page once and never touch editors' changes.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedPages } from "@/lib/import/seed-pages";

describe("seeding the paper", () => {
  it("imports the manifest's front page as published stories in a released issue", async () => {
    expect(await seedPages()).toEqual([{ file: "jinzhong-daily-2025-12-20-p1.txt", issueDate: "2025-12-20", pageNumber: 1, outcome: "imported", stories: 6 }]);
    const db = getDb();
    const issue = await db.issue.findFirstOrThrow({ include: { publication: true } });
    expect(issue.publication.name).toBe("晋中日报");
    expect(issue.releasedAt).not.toBeNull();
    expect(await db.article.count({ where: { liveSnapshotId: { not: null } } })).toBe(6);
  });

  it("skips the page on a second run and leaves an editor's change alone", async () => {
    await seedPages();
    const db = getDb();
    const first = await db.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.article.update({ where: { id: first.id }, data: { headline: "编辑改过的标题", version: { increment: 1 } } });
    expect((await seedPages()).map((outcome) => outcome.outcome)).toEqual(["skipped"]);
    expect(await db.article.count()).toBe(6);
    expect((await db.article.findUniqueOrThrow({ where: { id: first.id } })).headline).toBe("编辑改过的标题");
  });
});
