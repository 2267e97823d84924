"use client";
// What a page shows when its render fails, e.g. a reader page that is not cached yet while PostgreSQL is
// down (newsroom pages get a 503 page from proxy.ts first). Next sends it with status 500: a page cannot
// choose its status once rendering has started.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="service-unavailable">
      <h1 className="page-title">服务暂时不可用</h1>
      <p>页面暂时无法显示，请稍后再试。</p>
      <p>
        <button type="button" onClick={() => retry()}>
          重试
        </button>{" "}
        <a href="/">返回首页</a>
      </p>
    </main>
  );
}
