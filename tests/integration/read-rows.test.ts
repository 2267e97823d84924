// readRows() runs the reader's and search's statements on the pool under the Prisma client: the same
// connections, and the same values Prisma's $queryRaw gives (a date at UTC midnight whatever the server's
// time zone, counts as numbers); the reader's statements are prepared, search's planned each time.
import { afterEach, describe, expect, it, vi } from "vitest";
import { disconnectDb, getDb, getPool } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { MAX_PREPARED_TEXTS, readRows } from "@/lib/db/read-rows";

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

  /** What every idle connection of the pool has prepared (all held at once, so each is asked). */
  async function preparedTexts(): Promise<string[]> {
    const clients = await Promise.all(Array.from({ length: getPool().idleCount }, () => getPool().connect()));
    try {
      const results = await Promise.all(clients.map((client) => client.query<{ statement: string }>("SELECT statement FROM pg_prepared_statements")));
      return results.flatMap((result) => result.rows.map((row) => row.statement));
    } finally {
      for (const client of clients) client.release();
    }
  }

  it("prepares a statement on the connection that runs it, except one to be planned each time", async () => {
    const reader = Prisma.sql`SELECT ${7}::int AS "n" -- a reader's statement`;
    const search = Prisma.sql`SELECT ${8}::int AS "n" -- a search statement`;
    for (let run = 0; run < 3; run += 1) {
      expect(await readRows(reader)).toEqual([{ n: 7 }]);
      expect(await readRows(Prisma.sql`SELECT ${run}::int AS "n" -- a reader's statement`)).toEqual([{ n: run }]);
      expect(await readRows(search, { planEachTime: true })).toEqual([{ n: 8 }]);
    }
    const prepared = await preparedTexts();
    expect(prepared).toContain(reader.text);
    expect(prepared).not.toContain(search.text);
  });

  it("stops preparing new texts past its limit, and says so once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const text = (index: number) => Prisma.sql`SELECT ${index}::int AS "n" -- text ${Prisma.raw(String(index))}`;
      for (let index = 0; index <= MAX_PREPARED_TEXTS + 1; index += 1) expect(await readRows(text(index))).toEqual([{ n: index }]);
      const prepared = await preparedTexts();
      expect(prepared).not.toContain(text(MAX_PREPARED_TEXTS + 1).text);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain("planEachTime");
    } finally {
      warn.mockRestore();
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
