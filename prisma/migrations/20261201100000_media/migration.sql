-- Photos: the Media library and, for the default storage, the bytes of originals and renditions in
-- PostgreSQL (MediaBlob; unused when S3-compatible storage is configured).
CREATE TABLE "Media" (
    "id" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "renditions" JSONB NOT NULL,
    "caption" TEXT,
    "credit" TEXT,
    "creditContributorId" INTEGER,
    "alt" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Media_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Media_hash_key" ON "Media"("hash");
CREATE INDEX "Media_createdAt_id_idx" ON "Media"("createdAt", "id");
CREATE INDEX "Media_creditContributorId_idx" ON "Media"("creditContributorId");
CREATE INDEX "Media_uploadedById_idx" ON "Media"("uploadedById");
ALTER TABLE "Media" ADD CONSTRAINT "Media_creditContributorId_fkey" FOREIGN KEY ("creditContributorId") REFERENCES "Contributor"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Media" ADD CONSTRAINT "Media_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "MediaBlob" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MediaBlob_pkey" PRIMARY KEY ("key")
);

-- "Is this photo in a story readers can see?" looks for a figure with its id in published snapshots
-- (content @> …), and "where is it used?" in working drafts: both through jsonb containment indexes.
CREATE INDEX "ArticleSnapshot_content_idx" ON "ArticleSnapshot" USING GIN ("content" jsonb_path_ops);
CREATE INDEX "Article_body_idx" ON "Article" USING GIN ("body" jsonb_path_ops);
