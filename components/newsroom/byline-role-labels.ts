// Byline roles in the newsroom's words, for the desk and the editor.
import type { TBylineRole } from "@/lib/content/kinds";

export const BYLINE_ROLE_LABELS: Record<TBylineRole, string> = { reporter: "记者", photographer: "摄影", correspondent: "通讯员" };
