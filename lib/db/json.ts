// Our JSON values are validated by zod; Prisma's input type wants an index signature they lack.
import type { Prisma } from "./generated/client";

export function asJson<T>(value: T): Prisma.InputJsonValue {
  return value as unknown as Prisma.InputJsonValue;
}
