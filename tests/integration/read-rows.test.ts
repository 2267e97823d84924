// readRows() runs readers' search statements on the pool under the Prisma client: the same connections,
// and the same values Prisma's $queryRaw gives for what search reads (a date at UTC midnight whatever
// the server's time zone, counts as numbers).
import { afterEach, describe, expect, it } from "vitest";
import { disconnectDb, getDb, getPool } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("readRows", () => {
  it("reads dates, counts, arrays and JSON as Prisma does, in any time zone", async () => {
    const sql = Prisma.sql`SELECT ${"2025-12-20"}::date AS "day", count(*) AS "n", ARRAY[0.5, 0.25]::float8[] AS "shares",
      '{"headline":"晋中"}'::jsonb AS "content", ${new Date("2025-12-20T01:02:03.004Z")}::timestamptz AS "at"
      FROM generate_series(1, 3)`;
    const [viaPrisma] = await getDb().$queryRaw<Array<Record<string, unknown>>>(sql);
    for (const timeZone of ["Asia/Shanghai", "America/Los_Angeles", "UTC"]) {
      process.env.TZ = timeZone;
      const [row] = await readRows<Record<string, unknown>>(sql);
      expect(row, timeZone).toEqual({ ...viaPrisma, n: 3 });
      expect(row?.day instanceof Date ? row.day.toISOString() : row?.day, timeZone).toBe("2025-12-20T00:00:00.000Z");
    }
    expect(typeof viaPrisma?.n).toBe("bigint");
  });

  it("sends a date as the day it is in UTC, in any time zone (search's date filters)", async () => {
    const day = new Date("2025-12-20T00:00:00.000Z");
    for (const timeZone of ["America/Los_Angeles", "Asia/Shanghai", "UTC"]) {
      process.env.TZ = timeZone;
      const [row] = await readRows<{ day: string; same: boolean }>(
        Prisma.sql`SELECT to_char(${day}::date, 'YYYY-MM-DD') AS "day", ${day}::timestamptz = '2025-12-20T00:00:00Z'::timestamptz AS "same"`,
      );
      expect(row, timeZone).toEqual({ day: "2025-12-20", same: true });
    }
  });

  it("runs on the connections Prisma uses", async () => {
    await disconnectDb();
    await getDb().$queryRaw`SELECT 1`;
    // Had the adapter opened a pool of its own, this one would still be empty.
    expect(getPool().totalCount).toBeGreaterThan(0);
    expect(await readRows<{ one: number }>(Prisma.sql`SELECT 1 AS "one"`)).toEqual([{ one: 1 }]);
  });
});
