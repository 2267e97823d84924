// GET: who is signed in (re-read from PostgreSQL like every newsroom request) and nothing else. The
// cheapest authenticated answer: also the baseline of `npm run bench:write`.
import { NextResponse } from "next/server";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";

export const GET = newsroomRoute({ params: ZNoParams }, async ({ user }) =>
  NextResponse.json({ user: { id: user.id, name: user.name, role: user.role } }, { headers: { "Cache-Control": "no-store" } }),
);
