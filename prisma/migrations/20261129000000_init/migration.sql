-- The newsroom's first schema: publication, issues and pages, stories with bylines, placements,
-- jumps, published snapshots and revisions, accounts (with the next-auth tables) and the audit trail.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('news', 'feature', 'photo', 'commentary');
CREATE TYPE "ArticleOrigin" AS ENUM ('newsroom', 'import');
CREATE TYPE "ArticleStatus" AS ENUM ('draft', 'published');
CREATE TYPE "BylineRole" AS ENUM ('reporter', 'photographer', 'correspondent');
CREATE TYPE "UserRole" AS ENUM ('ADMIN', 'EDITOR');
CREATE TYPE "ActorKind" AS ENUM ('user', 'system');

-- CreateTable
CREATE TABLE "Publication" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Issue" (
    "id" SERIAL NOT NULL,
    "publicationId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "number" INTEGER,
    "releasedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Page" (
    "id" SERIAL NOT NULL,
    "issueId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT,
    "sectionId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Page_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Page_number_check" CHECK ("number" >= 1)
);

CREATE TABLE "Section" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Column" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Column_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Contributor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "affiliation" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Contributor_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "publicationId" INTEGER NOT NULL,
    "kind" "ArticleKind" NOT NULL,
    "status" "ArticleStatus" NOT NULL DEFAULT 'draft',
    "origin" "ArticleOrigin" NOT NULL DEFAULT 'newsroom',
    "columnId" INTEGER,
    "sectionId" INTEGER,
    "kicker" TEXT,
    "headline" TEXT NOT NULL,
    "subheadline" TEXT,
    "dateline" TEXT,
    "body" JSONB NOT NULL,
    "plainText" TEXT NOT NULL,
    "charCount" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "importedVersion" INTEGER,
    "liveSnapshotId" INTEGER,
    "firstPublishedAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Byline" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "contributorId" INTEGER NOT NULL,
    "role" "BylineRole" NOT NULL,
    "affiliation" TEXT,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Byline_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ArticlePart" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "pageId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "ArticlePart_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Jump" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "fromPartId" INTEGER NOT NULL,
    "toPartId" INTEGER NOT NULL,
    CONSTRAINT "Jump_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ArticleSnapshot" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "ArticleKind" NOT NULL,
    "headline" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "issueId" INTEGER,
    "columnId" INTEGER,
    "sectionId" INTEGER,
    "contributorIds" INTEGER[],
    "plainText" TEXT NOT NULL,
    "charCount" INTEGER NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedById" TEXT,
    "actorKind" "ActorKind" NOT NULL,
    "actorSource" TEXT,
    CONSTRAINT "ArticleSnapshot_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SnapshotPlacement" (
    "id" SERIAL NOT NULL,
    "snapshotId" INTEGER NOT NULL,
    "pageId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "SnapshotPlacement_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ArticleRevision" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "authorId" TEXT,
    "actorKind" "ActorKind" NOT NULL,
    "actorSource" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMPTZ(3),
    "name" TEXT,
    "image" TEXT,
    "passwordHash" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'EDITOR',
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorKind" "ActorKind" NOT NULL,
    "actorUserId" TEXT,
    "actorSource" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_slug_key" ON "Publication"("slug");
CREATE UNIQUE INDEX "Issue_publicationId_date_key" ON "Issue"("publicationId", "date");
CREATE INDEX "Issue_publicationId_releasedAt_date_idx" ON "Issue"("publicationId", "releasedAt", "date");
CREATE UNIQUE INDEX "Page_issueId_number_key" ON "Page"("issueId", "number");
CREATE UNIQUE INDEX "Section_slug_key" ON "Section"("slug");
CREATE UNIQUE INDEX "Section_name_key" ON "Section"("name");
CREATE UNIQUE INDEX "Column_slug_key" ON "Column"("slug");
CREATE UNIQUE INDEX "Column_name_key" ON "Column"("name");
CREATE INDEX "Contributor_name_idx" ON "Contributor"("name");
CREATE UNIQUE INDEX "Article_liveSnapshotId_key" ON "Article"("liveSnapshotId");
CREATE INDEX "Article_publicationId_updatedAt_idx" ON "Article"("publicationId", "updatedAt");
CREATE INDEX "Article_status_updatedAt_idx" ON "Article"("status", "updatedAt");
CREATE UNIQUE INDEX "Byline_articleId_position_key" ON "Byline"("articleId", "position");
CREATE INDEX "Byline_contributorId_idx" ON "Byline"("contributorId");
CREATE UNIQUE INDEX "ArticlePart_articleId_sequence_key" ON "ArticlePart"("articleId", "sequence");
CREATE UNIQUE INDEX "ArticlePart_articleId_pageId_key" ON "ArticlePart"("articleId", "pageId");
CREATE INDEX "ArticlePart_pageId_position_idx" ON "ArticlePart"("pageId", "position");
CREATE UNIQUE INDEX "Jump_fromPartId_key" ON "Jump"("fromPartId");
CREATE UNIQUE INDEX "Jump_toPartId_key" ON "Jump"("toPartId");
CREATE INDEX "Jump_articleId_idx" ON "Jump"("articleId");
CREATE INDEX "ArticleSnapshot_articleId_publishedAt_idx" ON "ArticleSnapshot"("articleId", "publishedAt");
CREATE INDEX "ArticleSnapshot_publishedAt_idx" ON "ArticleSnapshot"("publishedAt");
CREATE INDEX "ArticleSnapshot_issueId_idx" ON "ArticleSnapshot"("issueId");
CREATE INDEX "ArticleSnapshot_columnId_publishedAt_idx" ON "ArticleSnapshot"("columnId", "publishedAt");
CREATE INDEX "ArticleSnapshot_sectionId_publishedAt_idx" ON "ArticleSnapshot"("sectionId", "publishedAt");
CREATE INDEX "ArticleSnapshot_contributorIds_idx" ON "ArticleSnapshot" USING GIN ("contributorIds");
CREATE UNIQUE INDEX "SnapshotPlacement_snapshotId_sequence_key" ON "SnapshotPlacement"("snapshotId", "sequence");
CREATE INDEX "SnapshotPlacement_pageId_position_idx" ON "SnapshotPlacement"("pageId", "position");
CREATE INDEX "ArticleRevision_articleId_createdAt_idx" ON "ArticleRevision"("articleId", "createdAt");
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");
CREATE INDEX "Account_userId_idx" ON "Account"("userId");
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- AddForeignKey
ALTER TABLE "Issue" ADD CONSTRAINT "Issue_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Page" ADD CONSTRAINT "Page_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Page" ADD CONSTRAINT "Page_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Article" ADD CONSTRAINT "Article_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Article" ADD CONSTRAINT "Article_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Article" ADD CONSTRAINT "Article_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Article" ADD CONSTRAINT "Article_liveSnapshotId_fkey" FOREIGN KEY ("liveSnapshotId") REFERENCES "ArticleSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Article" ADD CONSTRAINT "Article_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Article" ADD CONSTRAINT "Article_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Byline" ADD CONSTRAINT "Byline_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Byline" ADD CONSTRAINT "Byline_contributorId_fkey" FOREIGN KEY ("contributorId") REFERENCES "Contributor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ArticlePart" ADD CONSTRAINT "ArticlePart_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticlePart" ADD CONSTRAINT "ArticlePart_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Jump" ADD CONSTRAINT "Jump_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Jump" ADD CONSTRAINT "Jump_fromPartId_fkey" FOREIGN KEY ("fromPartId") REFERENCES "ArticlePart"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Jump" ADD CONSTRAINT "Jump_toPartId_fkey" FOREIGN KEY ("toPartId") REFERENCES "ArticlePart"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleSnapshot" ADD CONSTRAINT "ArticleSnapshot_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleSnapshot" ADD CONSTRAINT "ArticleSnapshot_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SnapshotPlacement" ADD CONSTRAINT "SnapshotPlacement_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ArticleSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SnapshotPlacement" ADD CONSTRAINT "SnapshotPlacement_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ArticleSnapshot" ADD CONSTRAINT "ArticleSnapshot_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
