// Types of route-cache-budget.mjs (plain JavaScript that Next loads with the route cache handler), as the
// launcher and tests call it.

export const DEFAULT_MAX_MB: number;
export function cacheBudget(env?: Record<string, string | undefined>): { bytes: number; problem: null } | { bytes: null; problem: string };
export function entryBytes(data: unknown): number;
