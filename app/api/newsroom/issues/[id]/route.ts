// GET: the issue as the desk shows it. PUT: a new 期号 and page plan. ADMIN only (checked in each command).
import { NextResponse } from "next/server";
import { getIssueDesk } from "@/lib/articles/get-issue-desk";
import { AppError } from "@/lib/errors";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";
import { updatePagePlan, ZUpdatePagePlanInput } from "@/lib/issues/update-page-plan";

const noStore = { "Cache-Control": "no-store" };

export const GET = newsroomRoute({ params: ZArticleParams }, async ({ actor, params }) => {
  const desk = await getIssueDesk(actor, params.id);
  if (!desk) throw new AppError("NOT_FOUND", `期 #${params.id} 不存在`);
  return NextResponse.json(desk, { headers: noStore });
});

export const PUT = newsroomRoute({ params: ZArticleParams, body: ZUpdatePagePlanInput.omit({ issueId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await updatePagePlan(actor, { ...body, issueId: params.id }), { headers: noStore }),
);
