-- A month's sitemap (lib/reader/get-sitemap-entries.ts) lists every visible story printed in the month's
-- issues: ≈1,700 rows spread over ≈350 pages of a ten-year table, which a cold render read from disk
-- (≈40 ms, BENCHMARKS.md). Everything the sitemap reads of a story is in this index, so the read is
-- index-only: the issue decides the month and visibility, then the list's order, then what a URL and its
-- <lastmod> need. The headline (at most 200 characters, lib/content/field-limits.ts) is its last column.
CREATE INDEX "ArticleSnapshot_sitemap_month_idx" ON "ArticleSnapshot"("issueId", "readerPublishedAt" DESC NULLS LAST, "id" DESC, "articleId", "readerModifiedAt", "publishedAt", "headline") WHERE "live";
