-- Reader lists at archive scale (npm run bench:read with BENCH_ARCHIVE_DAYS=3650, BENCHMARKS.md). Every
-- reader list is "newest first": readerPublishedAt DESC NULLS LAST, then id DESC (lib/reader/story-summary.ts).
-- Without an index in that exact order PostgreSQL sorted every visible story of the list (the feed: all of
-- them) to return 20 or 50. NULLS LAST is part of the order, so the indexes spell it out; Prisma's schema
-- names the columns and their direction (the drift test compares columns).

-- The feed and the news sitemap (also serves range conditions on readerPublishedAt, as the index it replaces did).
DROP INDEX "ArticleSnapshot_readerPublishedAt_idx";
CREATE INDEX "ArticleSnapshot_readerPublishedAt_id_idx" ON "ArticleSnapshot"("readerPublishedAt" DESC NULLS LAST, "id" DESC);

-- A section's and a 栏目's list, page by page, and their count (a person's list is found through the
-- contributorIds GIN index). "issueId" last: the visibility rule reads it, so counting and paging need not
-- visit the table's rows (index-only scans; a section of ten years has ≈25,000 stories on ≈10,000 pages
-- of the table).
CREATE INDEX "ArticleSnapshot_sectionId_readerPublishedAt_id_issueId_idx" ON "ArticleSnapshot"("sectionId", "readerPublishedAt" DESC NULLS LAST, "id" DESC, "issueId");
CREATE INDEX "ArticleSnapshot_columnId_readerPublishedAt_id_issueId_idx" ON "ArticleSnapshot"("columnId", "readerPublishedAt" DESC NULLS LAST, "id" DESC, "issueId");

-- The sitemap index: the latest change among each issue's stories, one index probe per issue.
CREATE INDEX "ArticleSnapshot_issueId_readerModifiedAt_idx" ON "ArticleSnapshot"("issueId", "readerModifiedAt" DESC NULLS LAST);
