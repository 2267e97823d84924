"use client";
// The last resort when even the root layout fails: its own <html>, in zh-CN.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <main>
          <h1>服务暂时不可用</h1>
          <p>页面暂时无法显示，请稍后再试。</p>
          <button type="button" onClick={() => retry()}>
            重试
          </button>
        </main>
      </body>
    </html>
  );
}
