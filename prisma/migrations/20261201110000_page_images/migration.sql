-- The page image (版面图): the printed page of an issue page as an image, and the regions of its stories on it.
-- One current image per page; its renditions' bytes are in the media storage, named by "renditions".
CREATE TABLE "PageImage" (
    "id" SERIAL NOT NULL,
    "pageId" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "sourceType" TEXT NOT NULL,
    "renditions" JSONB NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PageImage_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PageImage_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PageImage_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PageImage_pageId_key" ON "PageImage"("pageId");

-- A story part's rectangles, as fractions of the image. Keyed by (page, story, part), not by an
-- ArticlePlacement row: saving a story rewrites its placement rows, and the regions must outlive that.
CREATE TABLE "PageRegion" (
    "id" SERIAL NOT NULL,
    "pageId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "x" DOUBLE PRECISION NOT NULL,
    "y" DOUBLE PRECISION NOT NULL,
    "w" DOUBLE PRECISION NOT NULL,
    "h" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "PageRegion_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PageRegion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PageRegion_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PageRegion_pageId_articleId_sequence_idx" ON "PageRegion"("pageId", "articleId", "sequence");
CREATE INDEX "PageRegion_articleId_idx" ON "PageRegion"("articleId");
