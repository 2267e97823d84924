"use client";
// Who else has this story open: a heartbeat every 10 s; the server answers with the others seen lately.
import { useEffect, useState } from "react";
import { newsroomApi } from "@/lib/newsroom-client/api";
import type { TPresenceResult } from "@/lib/newsroom-client/schemas";

const PRESENCE_INTERVAL_MS = 10_000;

export function usePresence(articleId: number): TPresenceResult["others"] {
  const [others, setOthers] = useState<TPresenceResult["others"]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      const result = await newsroomApi.touchPresence(articleId);
      if (result.kind === "ok" && !stopped) setOthers(result.data.others);
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
