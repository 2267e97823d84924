// The desk page of sections (栏目分类) or 栏目: create, rename (old reader URLs keep redirecting), reorder,
// hide, delete. Server-rendered; each action is a DeskForm.
import Link from "next/link";
import type { listSections } from "@/lib/sections/list-sections";
import { DeskForm } from "./desk-form";
import { DESK_NOTE_STYLE } from "./desk-note";

type TKind = "section" | "column";
const LABEL: Record<TKind, string> = { section: "栏目分类", column: "栏目" };
const READER: Record<TKind, string> = { section: "/sections/", column: "/columns/" };

export function SectionsDesk({ kind, rows }: { kind: TKind; rows: Awaited<ReturnType<typeof listSections>> }) {
  const label = LABEL[kind];
  const other: TKind = kind === "section" ? "column" : "section";
  return (
    <main className="nr-main">
      <h1>{label}</h1>
      <p>
        <Link href={`/newsroom/${other}s`}>管理{LABEL[other]}</Link>
      </p>
      <section className="nr-card" aria-labelledby="new-section">
        <h2 id="new-section" style={{ marginTop: 0, fontSize: "1rem" }}>
          新建{label}
        </h2>
        <DeskForm command={{ name: "createSection", kind }} submitLabel="新建" label={`新建${label}`}>
          <label>
            名称
            <input name="name" required maxLength={60} />
          </label>
          <label>
            网址名
            <input name="slug" maxLength={80} placeholder="留空则按名称生成" />
          </label>
        </DeskForm>
      </section>
      {rows.length === 0 ? (
        <p style={DESK_NOTE_STYLE}>还没有{label}。</p>
      ) : (
        <table className="nr-table">
          <thead>
            <tr>
              <th scope="col">顺序</th>
              <th scope="col">名称与网址名</th>
              <th scope="col">稿件数</th>
              <th scope="col">状态</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id}>
                <td>
                  {index + 1}
                  <DeskForm command={{ name: "moveSection", kind, id: row.id, direction: "up" }} submitLabel="上移" label={`上移${row.name}`} />
                  <DeskForm command={{ name: "moveSection", kind, id: row.id, direction: "down" }} submitLabel="下移" label={`下移${row.name}`} />
                </td>
                <td>
                  <DeskForm command={{ name: "renameSection", kind, id: row.id }} submitLabel="改名" label={`修改${row.name}`}>
                    <label>
                      名称
                      <input name="name" required maxLength={60} defaultValue={row.name} />
                    </label>
                    <label>
                      网址名
                      <input name="slug" maxLength={80} defaultValue={row.slug} />
                    </label>
                  </DeskForm>
                  <span className="nr-muted">
                    {/* A plain link: reader pages are not prefetched by segment (lib/reader/route-cache-handler.mjs). */}
                    读者页面 <a href={`${READER[kind]}${encodeURIComponent(row.slug)}`}>{`${READER[kind]}${row.slug}`}</a>
                    {row.oldSlugs.length > 0 && `；旧网址（跳转）：${row.oldSlugs.join("、")}`}
                  </span>
                </td>
                <td>{row.storyCount}</td>
                <td>{row.hiddenAt ? "已隐藏" : "显示"}</td>
                <td>
                  <DeskForm
                    command={{ name: "setSectionHidden", kind, id: row.id, hidden: row.hiddenAt === null }}
                    submitLabel={row.hiddenAt ? "显示" : "隐藏"}
                    label={`${row.hiddenAt ? "显示" : "隐藏"}${row.name}`}
                  />
                  <DeskForm
                    command={{ name: "deleteSection", kind, id: row.id }}
                    submitLabel="删除"
                    danger
                    confirmText={`确定删除${label}“${row.name}”？`}
                    label={`删除${row.name}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={DESK_NOTE_STYLE}>隐藏后编辑稿件时不再提供，已有稿件和读者页面不受影响。仍有稿件的{label}不能删除。</p>
    </main>
  );
}
