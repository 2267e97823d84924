// The 403 page outside the newsroom (whose own is app/newsroom/forbidden.tsx). Next renders this boundary
// into every page's payload once `forbidden()` is enabled (next.config.ts): its own default is English and
// heavier, and each reader page carried it.
export default function Forbidden() {
  return (
    <main id="main">
      <h1>没有权限访问该页面</h1>
      <p>
        <a href="/">返回首页</a>
      </p>
    </main>
  );
}
