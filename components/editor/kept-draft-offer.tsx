"use client";
// Offers back a draft this browser kept because the server never got it (恢复 / 丢弃).
import type { TKeptDraft } from "./kept-draft";

function formatTime(iso: string): string {
  return new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(
    new Date(iso),
  );
}

export function KeptDraftOffer({ kept, onRestore, onDiscard }: { kept: TKeptDraft; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div className="nr-notice" role="alert" data-testid="kept-draft">
      <p>
        本机浏览器暂存了一份没有保存到服务器的稿件（{formatTime(kept.keptAt)}，基于第 {kept.baseVersion} 版）。恢复后它会作为修改保存。
      </p>
      <button type="button" className="nr-primary" onClick={onRestore}>
        恢复
      </button>{" "}
      <button type="button" className="nr-secondary" onClick={onDiscard}>
        丢弃
      </button>
    </div>
  );
}
