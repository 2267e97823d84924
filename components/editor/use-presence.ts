"use client";
// Who else has this story open: a heartbeat every 10 s; the server answers with the others seen lately and
// the story's current version, which is passed to `onVersion` (a newer one means someone else saved).
import { useEffect, useRef, useState } from "react";
import { newsroomApi } from "@/lib/newsroom-client/api";
import type { TPresenceResult } from "@/lib/newsroom-client/schemas";

export const PRESENCE_INTERVAL_MS = 10_000;

export function usePresence(articleId: number, onVersion?: (latest: { version: number; updatedBy: string | null }) => void): TPresenceResult["others"] {
  const [others, setOthers] = useState<TPresenceResult["others"]>([]);
  const onVersionRef = useRef(onVersion);
  onVersionRef.current = onVersion;
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      const result = await newsroomApi.touchPresence(articleId);
      if (result.kind !== "ok" || stopped) return;
      setOthers(result.data.others);
      onVersionRef.current?.({ version: result.data.version, updatedBy: result.data.updatedBy });
    };
    void beat();
    const timer = window.setInterval(() => void beat(), PRESENCE_INTERVAL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [articleId]);
  return others;
}
