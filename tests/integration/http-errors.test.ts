// What newsroom handlers answer for each kind of failure; a database that cannot be reached is a real one
// (a Prisma client on a port where nothing listens), not a mock.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { PrismaClient } from "@/lib/db/generated/client.ts";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { AppError } from "@/lib/errors";
import { errorToResponse } from "@/lib/http/error-response";

const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://x:y@127.0.0.1:${await findFreePort()}/gone`, max: 1 }) });
afterAll(() => unreachable.$disconnect());

async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("newsroom error answers", () => {
  it("answer 503 with a zh-CN message and Retry-After while the database cannot be reached", async () => {
    for (const error of [
      await failureOf(() => unreachable.user.count()),
      await failureOf(() => unreachable.$transaction(async (tx) => tx.user.count())),
      await failureOf(() => unreachable.$queryRaw`SELECT 1`),
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      const response = errorToResponse(error);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await response.json()).toEqual({ error: { code: "UNAVAILABLE", message: "服务暂时不可用，请稍后再试" } });
    }
  });

  it("answer 422 with the path for invalid input, the error's own status for domain errors, 500 in zh-CN otherwise", async () => {
    const invalid = z.object({ draft: z.object({ headline: z.string() }) }).safeParse({ draft: { headline: 1 } });
    if (invalid.success) throw new Error("expected invalid input");
    const zod = errorToResponse(invalid.error);
    expect(zod.status).toBe(422);
    expect(await zod.json()).toMatchObject({ error: { code: "INVALID_INPUT", path: "draft.headline" } });

    const conflict = errorToResponse(new AppError("CONFLICT", "这篇稿件已被他人修改", { details: { current: { version: 3 } } }));
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({ error: { code: "CONFLICT", message: "这篇稿件已被他人修改" }, current: { version: 3 } });

    const original = console.error;
    console.error = () => {};
    try {
      const internal = errorToResponse(new Error("boom"));
      expect(internal.status).toBe(500);
      expect((await internal.json()).error.message).toMatch(/服务器出错/);
      expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    } finally {
      console.error = original;
    }
  });
});
