-- Faster search tokens, the same tokens. The first version rewrote the whole text five times with
-- regexp_replace (every CJK character doubled, then trimmed and re-spaced across the document), which made
-- the triggers the bottleneck of every write of a story (≈ 4 ms per 700 characters, twice per publish: the
-- working draft and the snapshot). This one finds the runs of token characters once (regexp_matches) and
-- turns each CJK run of two or more characters into its pairs plus its last character; ASCII runs and
-- single characters stay as they are. The output is token-for-token the same (checked against every text of
-- a generated archive, and by tests/integration/search.test.ts against lib/search/tokens.ts), so the stored
-- vectors stay valid and nothing is reindexed.
CREATE OR REPLACE FUNCTION search_tokens(doc text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT coalesce(string_agg(
    CASE WHEN m.run[1] ~ '^[a-z0-9]' OR length(m.run[1]) = 1 THEN m.run[1]
      ELSE rtrim(regexp_replace(substr(regexp_replace(m.run[1], '(.)', '\1\1', 'g'), 2), '(..)', '\1 ', 'g')) END,
    ' ' ORDER BY m.n), '')
  FROM regexp_matches(
    translate(lower(normalize(doc, NFKC)), '"''“”‘’「」『』〝〞', ''),
    '[\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]+|[a-z0-9]+', 'g')
    WITH ORDINALITY AS m(run, n)
$fn$;

-- Readers' indexes take a publish's entries at once instead of through GIN's pending list: with the
-- default (fastupdate on) every search also reads the unsorted pending list, up to 4 MB of it between
-- vacuums, which is what a busy news day would make readers pay for. A publish writes one snapshot, so
-- inserting into the index directly costs it a few milliseconds. (Working drafts are saved far more often
-- and searched only by the newsroom: their index keeps the default.)
ALTER INDEX "ArticleSnapshot_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "ArticleSnapshot_searchHead_idx" SET (fastupdate = off);
