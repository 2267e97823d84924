import type { Metadata } from "next";
import Link from "next/link";
import { BYLINE_ROLE_LABELS } from "@/components/newsroom/byline-role-labels";
import { ContributorFields } from "@/components/newsroom/contributor-fields";
import { DeskForm } from "@/components/newsroom/desk-form";
import { DESK_NOTE_STYLE } from "@/components/newsroom/desk-note";
import { listContributors, ZContributorListFilter } from "@/lib/contributors/list-contributors";
import { requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "署名" };

export default async function ContributorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser(["ADMIN"], "/newsroom/contributors");
  const raw = await searchParams;
  const parsed = ZContributorListFilter.safeParse({ q: typeof raw.q === "string" ? raw.q : undefined, show: raw.show === "all" ? "all" : undefined });
  const filter = parsed.success ? parsed.data : { q: "", show: "active" as const };
  const { rows, truncated } = await listContributors(filter);
  return (
    <main className="nr-main">
      <h1>署名</h1>
      <section className="nr-card" aria-labelledby="new-contributor">
        <h2 id="new-contributor" style={{ marginTop: 0, fontSize: "1rem" }}>
          新建署名人
        </h2>
        <p className="nr-muted">同名的不同人请用单位区分（如 本报 / 新华社）。</p>
        <DeskForm command={{ name: "createContributor" }} submitLabel="新建" label="新建署名人">
          <ContributorFields />
        </DeskForm>
      </section>
      <form method="get" className="nr-card nr-filters" aria-label="查找署名人">
        <label>
          姓名或拼音首字母
          <input name="q" type="search" defaultValue={filter.q} placeholder="如 王文安 或 wwa" />
        </label>
        <label>
          <input type="checkbox" name="show" value="all" defaultChecked={filter.show === "all"} /> 包括已停用
        </label>
        <button type="submit" className="nr-secondary">
          查找
        </button>
      </form>
      {rows.length === 0 ? (
        <p style={DESK_NOTE_STYLE}>没有找到署名人。</p>
      ) : (
        <table className="nr-table">
          <thead>
            <tr>
              <th scope="col">姓名</th>
              <th scope="col">单位</th>
              <th scope="col">默认角色</th>
              <th scope="col">稿件数</th>
              <th scope="col">用过的角色</th>
              <th scope="col">用过的单位</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`/newsroom/contributors/${row.id}`}>{row.name}</Link>
                </td>
                <td>{row.affiliation ?? "—"}</td>
                <td>{BYLINE_ROLE_LABELS[row.defaultRole]}</td>
                <td>{row.storyCount}</td>
                <td>{row.rolesUsed.map((role) => BYLINE_ROLE_LABELS[role]).join("、") || "—"}</td>
                <td>{row.affiliationsUsed.join("、") || "—"}</td>
                <td>{row.active ? "使用中" : "已停用"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {truncated && <p style={DESK_NOTE_STYLE}>只显示前 500 位，请输入姓名缩小范围。</p>}
    </main>
  );
}
