// GET: one page of the audit trail as JSON, with the same filters as /newsroom/audit (admins only).
import { NextResponse } from "next/server";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";

export const GET = newsroomRoute({ params: ZNoParams }, async ({ request, user }) => {
  if (!ADMIN_ROLES.includes(user.role)) throw new AppError("FORBIDDEN", "没有权限执行此操作");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const page = await listAuditEvents(query);
  return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
});
