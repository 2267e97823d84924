"use client";
// Reuse a photo already uploaded: search the library by caption or credit and pick one.
import { useState } from "react";
import type { TMediaSummary } from "@/lib/media/media-summary";
import { searchMedia } from "./figure-upload";

export function FigureLibraryPicker({ onPick }: { onPick: (media: TMediaSummary) => void }) {
  const [q, setQ] = useState("");
  const [results, setResults] = useState<TMediaSummary[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const search = async () => {
    const listing = await searchMedia(q);
    setMessage(listing ? (listing.items.length === 0 ? "没有找到图片" : null) : "图片库暂时无法打开，请稍后再试");
    setResults(listing?.items ?? []);
  };
  return (
    <details className="figure-library">
      <summary>从图片库选择</summary>
      <p>
        <input type="search" aria-label="按图片说明或摄影署名搜索" value={q} onChange={(event) => setQ(event.currentTarget.value)} />{" "}
        <button type="button" onClick={() => void search()}>
          搜索
        </button>
      </p>
      {message && <p role="status">{message}</p>}
      {results && results.length > 0 && (
        <ul className="figure-library-results">
          {results.map((media) => (
            <li key={media.id}>
              <button type="button" onClick={() => onPick(media)} aria-label={`选择 ${media.caption || media.filename}`}>
                {/* biome-ignore lint/performance/noImgElement: a staff preview of a stored rendition. */}
                <img src={media.thumbnailUrl} alt="" width={96} style={{ height: "auto" }} /> {media.caption || media.filename}
                {media.credit ? ` · ${media.credit}` : ""}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
