import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BYLINE_ROLE_LABELS } from "@/components/newsroom/byline-role-labels";
import { ContributorFields } from "@/components/newsroom/contributor-fields";
import { DeskForm } from "@/components/newsroom/desk-form";
import { DESK_NOTE_STYLE } from "@/components/newsroom/desk-note";
import { getContributor } from "@/lib/contributors/get-contributor";
import { isAppError } from "@/lib/errors";
import { articleIdParam } from "@/lib/http/article-param";
import { readerPaths } from "@/lib/reader-change/urls";
import { requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "署名人" };

export default async function ContributorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  await requirePageUser(["ADMIN"], `/newsroom/contributors/${encodeURIComponent(id)}`);
  const contributorId = articleIdParam(id);
  const { merged } = await searchParams;
  const { contributor, stories, mergeTargets } = await getContributor(contributorId).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const active = contributor.deactivatedAt === null && contributor.mergedIntoId === null;
  return (
    <main className="nr-main">
      <p>
        <Link href="/newsroom/contributors">← 全部署名人</Link>
      </p>
      <h1>{contributor.name}</h1>
      <p style={DESK_NOTE_STYLE}>
        #{contributor.id} · {contributor.affiliation ?? "无单位"} · {active ? "使用中" : contributor.mergedInto ? "已合并" : "已停用"}
      </p>
      {typeof merged === "string" && (
        <p className="nr-notice">
          已合并署名人 #{merged}：其署名和已发布稿件都已改为“{contributor.name}”。
        </p>
      )}
      {contributor.mergedInto ? (
        <p className="nr-notice">
          已合并到 <Link href={`/newsroom/contributors/${contributor.mergedInto.id}`}>{contributor.mergedInto.name}</Link>，原读者页面跳转到合并后的署名人。
        </p>
      ) : (
        <>
          <section className="nr-card" aria-labelledby="edit">
            <h2 id="edit" style={{ marginTop: 0, fontSize: "1rem" }}>
              修改
            </h2>
            <DeskForm command={{ name: "updateContributor", id: contributor.id }} submitLabel="保存" label="修改署名人">
              <ContributorFields name={contributor.name} affiliation={contributor.affiliation} defaultRole={contributor.defaultRole} />
            </DeskForm>
            <p className="nr-muted">改名后，新发布的稿件使用新名字；已发布的稿件保留见报时的署名。</p>
            <DeskForm
              command={{ name: "setContributorActive", id: contributor.id, active: !active }}
              submitLabel={active ? "停用" : "重新启用"}
              label={active ? "停用署名人" : "启用署名人"}
            />
            <p className="nr-muted">停用后仍保留在原有稿件上，但编辑时不再提示。</p>
          </section>
          <section className="nr-card" aria-labelledby="merge">
            <h2 id="merge" style={{ marginTop: 0, fontSize: "1rem" }}>
              合并重复的署名人
            </h2>
            <p className="nr-muted">把“{contributor.name}”的全部署名并入另一位署名人，已发布的稿件也改用其姓名；本页的读者网址将跳转过去。</p>
            <DeskForm
              command={{ name: "mergeContributor", id: contributor.id }}
              submitLabel="合并"
              danger
              confirmText={`确定把“${contributor.name}”合并到所选署名人？此操作不能撤销。`}
              label="合并署名人"
            >
              <label>
                合并到
                <select name="survivorId" required defaultValue="">
                  <option value="" disabled>
                    请选择
                  </option>
                  {mergeTargets.map((target) => (
                    <option key={target.id} value={target.id}>
                      {target.name}（{target.affiliation ?? "无单位"}，#{target.id}）
                    </option>
                  ))}
                </select>
              </label>
            </DeskForm>
          </section>
        </>
      )}
      {contributor.mergedFrom.length > 0 && (
        <p style={DESK_NOTE_STYLE}>已并入的写法：{contributor.mergedFrom.map((from) => `${from.name}（#${from.id}）`).join("、")}</p>
      )}
      <h2 style={{ fontSize: "1rem" }}>
        稿件（{stories.length}）{" "}
        {!contributor.mergedInto && (
          // A plain link: reader pages are not prefetched by segment (lib/reader/route-cache-handler.mjs).
          <a href={readerPaths.byline(contributor.id)} style={{ ...DESK_NOTE_STYLE, fontWeight: 400 }}>
            读者页面
          </a>
        )}
      </h2>
      {stories.length === 0 ? (
        <p style={DESK_NOTE_STYLE}>没有稿件。</p>
      ) : (
        <table className="nr-table">
          <thead>
            <tr>
              <th scope="col">标题</th>
              <th scope="col">署名</th>
              <th scope="col">见报</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {stories.map((story) => (
              <tr key={story.id}>
                <td>
                  <Link href={`/newsroom/articles/${story.id}`}>{story.headline || "（无标题）"}</Link>
                </td>
                <td>
                  {story.affiliation ?? ""}
                  {BYLINE_ROLE_LABELS[story.role]}
                </td>
                <td>{story.printed ?? "网络稿件"}</td>
                <td>{story.published ? "已发布" : "未发布"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
