-- The newsroom's story list shows the most recently edited stories first. With this index a search for a
-- common word walks the newest edits and stops after a page of matches, instead of reading every match
-- of a ten-year archive to sort them.
CREATE INDEX "Article_updatedAt_id_idx" ON "Article"("updatedAt", "id");
