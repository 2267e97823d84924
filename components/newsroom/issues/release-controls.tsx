"use client";
// Release now, release at a time (entered in Beijing time), withdraw with a confirmation.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TApiResult } from "@/lib/newsroom-client/api";
import { issuesApi } from "@/lib/newsroom-client/issues";

interface TProps {
  issueId: number;
  date: string;
  status: "planned" | "scheduled" | "released";
}

export function ReleaseControls({ issueId, date, status }: TProps) {
  const router = useRouter();
  const [at, setAt] = useState(`${date}T05:00`);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function run(result: Promise<TApiResult<unknown>>, done: string) {
    const answer = await result;
    if (answer.kind !== "ok") return setMessage({ error: true, text: answer.message });
    setMessage({ error: false, text: done });
    router.refresh();
  }

  return (
    <div>
      <div className="nr-filters">
        {status !== "released" && (
          <button type="button" className="nr-primary" onClick={() => run(issuesApi.releaseNow(issueId), "已发布，读者现在可以看到这一期")}>
            立即发布
          </button>
        )}
        {status !== "released" && (
          <>
            <label>
              定时发布（北京时间）
              <input type="datetime-local" name="releaseAt" value={at} onChange={(event) => setAt(event.target.value)} />
            </label>
            <button
              type="button"
              className="nr-secondary"
              onClick={() => run(issuesApi.scheduleRelease(issueId, `${at}:00+08:00`), `已定时，将于 ${at.replace("T", " ")} 发布`)}
            >
              定时发布
            </button>
          </>
        )}
        {status !== "planned" && (
          <button
            type="button"
            className="nr-danger"
            onClick={() => {
              const question = status === "released" ? `确定撤回 ${date} 这一期吗？读者将立即看不到它。` : `确定取消 ${date} 的定时发布吗？`;
              if (window.confirm(question)) void run(issuesApi.unrelease(issueId), status === "released" ? "已撤回发布" : "已取消定时发布");
            }}
          >
            {status === "released" ? "撤回发布" : "取消定时发布"}
          </button>
        )}
      </div>
      {message && (
        <p className={message.error ? "nr-error" : "nr-notice"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
