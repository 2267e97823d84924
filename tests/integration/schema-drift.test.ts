// The migrated database must be exactly what prisma/schema.prisma describes, and the check must notice drift.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { findSchemaDrift } from "@/lib/db/schema-drift";

const url = () => process.env.DATABASE_URL as string;

async function sql(statement: string): Promise<Array<Record<string, string>>> {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations against schema.prisma", () => {
  const undo: string[] = [];
  afterEach(async () => {
    while (undo.length) await sql(undo.pop() as string);
  });

  it("produce a database that matches every model, field, nullability, key and index", async () => {
    expect(await findSchemaDrift(url())).toEqual([]);
  });

  it("notices a column whose nullability differs", async () => {
    await sql(`ALTER TABLE "Article" ALTER COLUMN "kicker" SET NOT NULL`);
    undo.push(`ALTER TABLE "Article" ALTER COLUMN "kicker" DROP NOT NULL`);
    expect(await findSchemaDrift(url())).toEqual(["Article.kicker is NOT NULL, schema says optional"]);
  });

  it("notices a missing unique constraint and an extra column", async () => {
    await sql(`DROP INDEX "Issue_publicationId_date_key"`);
    undo.push(`CREATE UNIQUE INDEX "Issue_publicationId_date_key" ON "Issue"("publicationId", "date")`);
    await sql(`ALTER TABLE "Page" ADD COLUMN "scanUrl" TEXT`);
    undo.push(`ALTER TABLE "Page" DROP COLUMN "scanUrl"`);
    expect(await findSchemaDrift(url())).toEqual(["Page.scanUrl is not in schema.prisma", "unique index on Issue(publicationId, date) is missing"]);
  });

  it("notices a missing index on expressions and one it does not know", async () => {
    const [kept] = await sql(`SELECT pg_get_indexdef('"ArticleSnapshot_sitemap_index_idx"'::regclass) AS definition`);
    await sql(`DROP INDEX "ArticleSnapshot_sitemap_index_idx"`);
    undo.push(kept?.definition as string);
    await sql(`CREATE INDEX "Issue_month_idx" ON "Issue" ((date_trunc('month', "date"::timestamp)))`);
    undo.push(`DROP INDEX "Issue_month_idx"`);
    expect(await findSchemaDrift(url())).toEqual([
      "index on expressions ArticleSnapshot_sitemap_index_idx is missing",
      "index on expressions Issue_month_idx is not listed in lib/db/schema-drift.ts",
    ]);
  });

  it("notices a search vector column of another type and a missing search index", async () => {
    await sql(`DROP INDEX "Article_searchVector_idx"`);
    undo.push(`CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector")`);
    await sql(`ALTER TABLE "Article" ALTER COLUMN "searchVector" TYPE text`);
    undo.push(`ALTER TABLE "Article" ALTER COLUMN "searchVector" TYPE tsvector USING "searchVector"::tsvector`);
    expect(await findSchemaDrift(url())).toEqual(["Article.searchVector is text, schema says tsvector", "gin index on Article(searchVector) is missing"]);
  });
});
