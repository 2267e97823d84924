// The identity of a body block for matching versions: its content as canonical JSON (keys sorted; null,
// undefined and empty arrays left out), so the same paragraph read back from PostgreSQL's jsonb, from
// zod's output or from TipTap's getJSON() has one key.
import type { TBlockNode } from "../schema";

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item === null || item === undefined || (Array.isArray(item) && item.length === 0)) continue;
    out[key] = canonical(item);
  }
  return out;
}

export function blockKey(block: TBlockNode): string {
  return JSON.stringify(canonical(block));
}
