-- The sitemap index (/sitemap.xml, getSitemapMonths() in lib/reader/get-sitemap-entries.ts) gives each month
-- the latest change among its visible stories. It probed the (issueId, readerModifiedAt) index once per
-- released issue: 3,650 probes at ten years, 14–16 ms, growing by 365 a year (BENCHMARKS.md). A story's
-- month is the month of "searchDate" — its issue's date, or the day it went online in Asia/Shanghai, kept
-- by the search trigger (migration 20261130130000_search) — so this index holds each month's live stories
-- newest change first. The sitemap index finds the months by skipping from one to the next, and reads one
-- entry per month (≈120 at ten years), walking past the stories of issues not released yet or of other
-- publications.
-- The columns the statement reads are included, so that it never visits the table (PostgreSQL reads an
-- index on expressions alone only when it holds the columns the expressions are made of).
-- An index on expressions: schema.prisma cannot describe it, so lib/db/schema-drift.ts knows it by name and
-- tests/integration/live-snapshot.test.ts checks its definition.
-- Built before the old index is dropped: the build lets readers go on reading, where a DROP INDEX first
-- would hold every read of the table until the build ended (a migration is one transaction).
CREATE INDEX "ArticleSnapshot_sitemap_index_idx" ON "ArticleSnapshot"
  ((date_trunc('month', "searchDate"::timestamp)), (coalesce("readerModifiedAt", "publishedAt")) DESC)
  INCLUDE ("issueId", "searchDate", "readerModifiedAt", "publishedAt") WHERE "live";
DROP INDEX "ArticleSnapshot_issueId_readerModifiedAt_idx";
