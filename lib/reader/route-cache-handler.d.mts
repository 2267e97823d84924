// The surface of the route cache handler (route-cache-handler.mjs, plain JavaScript that Next loads itself)
// as our own code and tests call it. Next calls it with its own, wider types.

export interface TRouteCacheEntry {
  lastModified: number;
  value: { kind: string; html?: string } | null;
}

export default class ReaderRouteCache {
  constructor(ctx: { fs: unknown; flushToDisk: boolean; serverDistDir: string; revalidatedTags: string[]; maxMemoryCacheSize?: number; dev?: boolean });
  get(key: string, ctx: { kind: string; tags?: string[]; isRoutePPREnabled?: boolean; isFallback?: boolean }): Promise<TRouteCacheEntry | null>;
  set(key: string, data: ({ kind: string } & Record<string, unknown>) | null, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  forget(key: string, kind?: string): Promise<void>;
  /** The background removal of files earlier runs left in this build directory, once started. */
  static earlierRunSwept(serverDistDir: string): Promise<{ files: number; bytes: number }> | undefined;
}
