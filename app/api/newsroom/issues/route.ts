// POST: plan a new issue (date, 期号, pages). ADMIN only (checked in the command).
import { NextResponse } from "next/server";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";
import { createIssue, ZCreateIssueInput } from "@/lib/issues/create-issue";

export const POST = newsroomRoute({ params: ZNoParams, body: ZCreateIssueInput }, async ({ actor, body }) =>
  NextResponse.json(await createIssue(actor, body), { status: 201, headers: { "Cache-Control": "no-store" } }),
);
