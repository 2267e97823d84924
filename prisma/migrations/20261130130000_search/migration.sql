-- Chinese full-text search on PostgreSQL alone (no segmenting extension). Text is normalised (NFKC:
-- full-width letters, digits and punctuation become their ASCII forms; lower case; quotation marks dropped,
-- so 幸福“食”光 reads as 幸福食光 and “北斗” = "北斗" = 「北斗」) and cut into tokens:
-- every run of CJK characters becomes its overlapping character pairs plus the run's last character
-- (晋中市 → 晋中 中市 市), every run of ASCII letters and digits one token (2025, ai, 92, 03). The tokens
-- go into a tsvector with the 'simple' configuration, so positions are kept and a query is a phrase of
-- pairs (耿新 <-> 新洲). lib/search/tokens.ts builds queries with the same rules.
--
-- The vectors are kept by triggers, in the same transaction as every write that changes the text: a
-- published snapshot (what readers find) and the working draft (what the newsroom finds). Readers' search
-- still applies the visibility rule at query time (live snapshot, released issue), so publishing,
-- unpublishing and releasing change what is found at once. `npm run search:reindex` recomputes the
-- vectors in batches after a change of these rules.

CREATE FUNCTION search_tokens(doc text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT regexp_replace(
           regexp_replace(
             regexp_replace(
               regexp_replace(
                 regexp_replace(
                   translate(lower(normalize(doc, NFKC)), '"''“”‘’「」『』〝〞', ''),
                   '[^a-z0-9\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]+', ' ', 'g'),
                 '([a-z0-9]+)', ' \1 ', 'g'),
               '([\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff])', '\1\1', 'g'),
             '[\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]([\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]+)', '\1', 'g'),
           '([\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]{2})', '\1 ', 'g')
$fn$;

-- Headline parts weigh most (A), then 栏目, bylines and 电头 (B), then the body (D).
CREATE FUNCTION search_vector(head text, meta text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT setweight(to_tsvector('simple', search_tokens(coalesce(head, ''))), 'A')
      || setweight(to_tsvector('simple', search_tokens(coalesce(meta, ''))), 'B')
      || setweight(to_tsvector('simple', search_tokens(coalesce(body, ''))), 'D')
$fn$;

-- A published snapshot is self-contained: headline parts, 栏目, bylines (names as published) are in its
-- content. "searchHead" holds the headline parts (A) and 栏目/电头/bylines (B) alone: small enough to stay
-- in the row, so ranking "found in the headline" first never has to read the body's vector.
CREATE FUNCTION article_snapshot_search_trigger() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  NEW."searchHead" := search_vector(
    concat_ws(' ', NEW."content" ->> 'kicker', NEW."headline", NEW."content" ->> 'subheadline'),
    concat_ws(' ', NEW."content" -> 'column' ->> 'name', NEW."content" ->> 'dateline',
      (SELECT string_agg(b ->> 'name', ' ') FROM jsonb_array_elements(
        CASE WHEN jsonb_typeof(NEW."content" -> 'bylines') = 'array' THEN NEW."content" -> 'bylines' ELSE '[]'::jsonb END) AS b)),
    NULL);
  NEW."searchVector" := NEW."searchHead" || setweight(to_tsvector('simple', search_tokens(coalesce(NEW."plainText", ''))), 'D');
  -- The date a reader knows the story by: its issue's, or the day it went online (Asia/Shanghai).
  NEW."searchDate" := coalesce(
    (SELECT i."date" FROM "Issue" i WHERE i."id" = NEW."issueId"),
    (NEW."publishedAt" AT TIME ZONE 'Asia/Shanghai')::date);
  RETURN NEW;
END
$fn$;

CREATE FUNCTION article_search_trigger() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  NEW."searchVector" := search_vector(
    concat_ws(' ', NEW."kicker", NEW."headline", NEW."subheadline"),
    NEW."dateline",
    NEW."plainText");
  RETURN NEW;
END
$fn$;

ALTER TABLE "ArticleSnapshot" ADD COLUMN "searchVector" tsvector, ADD COLUMN "searchHead" tsvector, ADD COLUMN "searchDate" DATE;
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector;

CREATE TRIGGER "ArticleSnapshot_search" BEFORE INSERT OR UPDATE OF "content", "headline", "plainText", "issueId", "publishedAt"
  ON "ArticleSnapshot" FOR EACH ROW EXECUTE FUNCTION article_snapshot_search_trigger();
CREATE TRIGGER "Article_search" BEFORE INSERT OR UPDATE OF "kicker", "headline", "subheadline", "dateline", "plainText"
  ON "Article" FOR EACH ROW EXECUTE FUNCTION article_search_trigger();

-- Fill what is already there (the triggers compute the vectors).
UPDATE "ArticleSnapshot" SET "plainText" = "plainText";
UPDATE "Article" SET "plainText" = "plainText";

CREATE INDEX "ArticleSnapshot_searchVector_idx" ON "ArticleSnapshot" USING GIN ("searchVector");
CREATE INDEX "ArticleSnapshot_searchHead_idx" ON "ArticleSnapshot" USING GIN ("searchHead");
CREATE INDEX "ArticleSnapshot_searchDate_idx" ON "ArticleSnapshot"("searchDate");
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
