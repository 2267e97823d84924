-- A month's sitemap (lib/reader/get-sitemap-entries.ts) lists every visible story printed in the month's
-- issues, and the web-only stories published in the month: ≈1,700 rows spread over ≈350 pages of a
-- ten-year table, which a cold render read from disk (≈40 ms, BENCHMARKS.md). Everything the sitemap reads
-- of a story is in this index, so both reads are index-only: a printed story is found by its issue, a
-- web-only one (no issue) by the range of its publication; then the list's order, and what a URL and its
-- <lastmod> need. The headline (at most 200 characters, lib/content/field-limits.ts) is its last column.
CREATE INDEX "ArticleSnapshot_sitemap_month_idx" ON "ArticleSnapshot"("issueId", "publishedAt", "readerPublishedAt", "id", "articleId", "readerModifiedAt", "headline") WHERE "live";
