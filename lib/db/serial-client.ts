// A node-postgres client that runs one query at a time. Prisma's query interpreter sends the parts of one
// request (a join's child queries, a batch) at once; inside an interactive transaction they all go to one
// connection, where pg queues them itself but prints a deprecation warning ("client is already executing a
// query", removed in pg 9). Chaining them here keeps the same order and results, without relying on that queue.
import pg from "pg";

type TQuery = (...args: unknown[]) => unknown;

const isSubmittable = (value: unknown) => typeof value === "object" && value !== null && typeof (value as { submit?: unknown }).submit === "function";

export class SerialClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = (pg.Client.prototype.query as TQuery).bind(this);
    let tail: Promise<unknown> = Promise.resolve();
    const serialQuery: TQuery = (...args) => {
      // Callback and submittable forms (cursors, streams) go straight to pg; promises wait their turn.
      if (typeof args.at(-1) === "function" || isSubmittable(args[0])) return query(...args);
      const result = tail.then(() => query(...args));
      tail = result.catch(() => undefined);
      return result;
    };
    Object.defineProperty(this, "query", { value: serialQuery, writable: true, configurable: true });
  }
}
