// The 401 page. Newsroom pages send people who are not signed in to the sign-in page instead
// (lib/session/current-user.ts); Next renders this boundary into every page's payload, as app/forbidden.tsx.
export default function Unauthorized() {
  return (
    <main id="main">
      <h1>请先登录</h1>
      <p>
        <a href="/newsroom">登录编辑部</a>
      </p>
    </main>
  );
}
