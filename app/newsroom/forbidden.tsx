// The 403 page of the newsroom: a signed-in account asked for a page its role does not open (an EDITOR on
// the admin desk). Rendered inside the newsroom's chrome, with status 403, at the address that was asked for.
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "没有权限" };

export default function NewsroomForbidden() {
  return (
    <main className="nr-main">
      <h1>没有权限访问该页面</h1>
      <p>这个页面只对管理员开放。如需操作，请联系报社的系统管理员。</p>
      <p>
        <Link href="/newsroom">返回稿件列表</Link>
      </p>
    </main>
  );
}
