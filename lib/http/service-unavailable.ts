// What every page and handler answers while PostgreSQL cannot be reached: 503, a zh-CN message, and when
// to try again. Pages get a small self-contained HTML page (sent from proxy.ts, so no React render and
// no database), handlers a JSON error.
export const RETRY_AFTER_SECONDS = 5;
export const SERVICE_UNAVAILABLE_MESSAGE = "服务暂时不可用，请稍后再试";

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>服务暂时不可用 - 晋中日报</title>
<style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222;line-height:1.7}h1{font-size:1.5rem}</style>
</head>
<body><main><h1>服务暂时不可用</h1><p>系统正在恢复，请稍后刷新页面再试。已保存的内容不会丢失。</p><p><a href="/">返回首页</a></p></main></body>
</html>
`;

export function serviceUnavailablePage(): Response {
  return new Response(PAGE, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) },
  });
}
