-- Newsroom editing: who has a story open, and failed sign-ins for rate limiting.

CREATE TABLE "ArticlePresence" (
    "articleId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ArticlePresence_pkey" PRIMARY KEY ("articleId", "userId")
);

CREATE TABLE "SignInFailure" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ArticlePresence_lastSeenAt_idx" ON "ArticlePresence"("lastSeenAt");
CREATE INDEX "SignInFailure_key_at_idx" ON "SignInFailure"("key", "at");

ALTER TABLE "ArticlePresence" ADD CONSTRAINT "ArticlePresence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticlePresence" ADD CONSTRAINT "ArticlePresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
