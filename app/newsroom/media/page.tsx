// 图片库: every uploaded photo with its thumbnail, caption, credit, uploader, date and the stories that use
// it; searched by caption and credit, a page at a time. Photos are added from the story editor's picture
// dialog (which can also reuse one from here). One nothing uses can be deleted by its uploader or an admin.
import type { Metadata } from "next";
import Link from "next/link";
import { MediaLibraryItem } from "@/components/newsroom/media-library-item";
import { listMedia, ZListMediaInput } from "@/lib/media/list-media";
import { actorOf, requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "图片库" };

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser(undefined, "/newsroom/media");
  const raw = await searchParams;
  const input = ZListMediaInput.safeParse({ q: typeof raw.q === "string" ? raw.q : "", page: typeof raw.page === "string" ? raw.page : "1" });
  const query = input.success ? input.data : { q: "", page: 1 };
  const listing = await listMedia(actorOf(user), query);
  const pageHref = (page: number) => `/newsroom/media?${new URLSearchParams({ ...(listing.q ? { q: listing.q } : {}), page: String(page) })}`;
  return (
    <main className="nr-main">
      <h1>图片库</h1>
      <form method="get" className="nr-card nr-filters" aria-label="搜索图片">
        <label>
          图片说明或摄影署名
          <input type="search" name="q" defaultValue={listing.q} maxLength={100} />
        </label>
        <button type="submit">搜索</button>
        {!input.success && <p role="alert">搜索条件不对，已显示全部图片。</p>}
      </form>
      <p role="status">
        {listing.q ? `“${listing.q}”：` : ""}共 {listing.total} 张图片{listing.pages > 1 ? `，第 ${listing.page}/${listing.pages} 页` : ""}
      </p>
      {listing.items.length === 0 ? (
        <p>{listing.q ? "没有找到图片。" : "还没有图片。在稿件编辑页的“图片”按钮中上传。"}</p>
      ) : (
        <ul
          className="media-library"
          style={{ listStyle: "none", padding: 0, display: "grid", gap: "1rem", gridTemplateColumns: "repeat(auto-fill, minmax(14rem, 1fr))" }}
        >
          {listing.items.map((item) => (
            <MediaLibraryItem key={item.id} item={item} mayDelete={user.role === "ADMIN" || item.uploadedById === user.id} />
          ))}
        </ul>
      )}
      <nav aria-label="分页" style={{ display: "flex", gap: "1rem" }}>
        {listing.page > 1 && <Link href={pageHref(listing.page - 1)}>上一页</Link>}
        {listing.page < listing.pages && <Link href={pageHref(listing.page + 1)}>下一页</Link>}
      </nav>
    </main>
  );
}
