// Parses the [id] of a newsroom story URL; anything else is a 404.
import { notFound } from "next/navigation";
import { z } from "zod";

const ZId = z.coerce.number().int().positive().max(2_147_483_647);

export function articleIdParam(value: string): number {
  const parsed = ZId.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}
