// Which page dumps an import run reads, and which page each one is: files and folders from the command
// line, page numbers from the file names (…-p4.txt) unless --page names the one page, in page order.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";

export interface TPageFile {
  file: string;
  pageNumber: number;
}

// "jinzhong-2025-12-20-p4.txt", "p04.txt", "page_4.txt", "第4版.txt".
const PAGE_IN_NAME = /(?:^|[-_.\s])(?:p|page)[-_]?0*(\d{1,3})$|^第0*(\d{1,3})版$/iu;

/** The page number a file name carries, or null. */
export function pageNumberFromFileName(file: string): number | null {
  const base = path.basename(file).replace(/\.[^.]+$/u, "");
  const m = PAGE_IN_NAME.exec(base);
  const digits = m?.[1] ?? m?.[2];
  if (digits === undefined) return null;
  const page = Number(digits);
  return page >= 1 ? page : null;
}

async function expand(target: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(target);
  } catch (error) {
    throw new AppError("INVALID_INPUT", `找不到 ${target}`, {
      operatorMessage: `Cannot read ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    });
  }
  if (!info.isDirectory()) return [target];
  const names = (await readdir(target)).filter((name) => name.toLowerCase().endsWith(".txt"));
  if (names.length === 0) {
    throw new AppError("INVALID_INPUT", `文件夹 ${target} 中没有 .txt 版面文件`, { operatorMessage: `The folder ${target} holds no .txt page dumps.` });
  }
  return names.map((name) => path.join(target, name));
}

/**
 * Lists the pages to import, in page order, so that page 1 is stored before the page 4 that
 * continues its stories (上接第1版). `pageOverride` (--page) is only for a single file; otherwise
 * every file must carry its page number in its name, and no page may come twice.
 */
export async function listPageFiles(targets: string[], pageOverride: number | null): Promise<TPageFile[]> {
  const files = (await Promise.all(targets.map(expand))).flat();
  if (pageOverride !== null) {
    if (files.length !== 1) {
      throw new AppError("INVALID_INPUT", "--page 只能用于单个文件；多个文件请在文件名中写明版号（如 …-p4.txt）", {
        operatorMessage: `--page names one page, but ${files.length} files were given; put the page number in each file name (…-p4.txt).`,
      });
    }
    return [{ file: files[0] as string, pageNumber: pageOverride }];
  }
  const pages = files.map((file) => ({ file, pageNumber: pageNumberFromFileName(file) }));
  const unnamed = pages.filter((p) => p.pageNumber === null).map((p) => p.file);
  if (unnamed.length > 0) {
    throw new AppError("INVALID_INPUT", `无法从文件名读出版号：${unnamed.join("、")}（请用 …-p4.txt 或 --page）`, {
      operatorMessage: `No page number in the file name of ${unnamed.join(", ")}: name them …-p4.txt, or give --page for a single file.`,
    });
  }
  const sorted = (pages as TPageFile[]).sort((a, b) => a.pageNumber - b.pageNumber || a.file.localeCompare(b.file));
  const twice = sorted.filter((p, i) => sorted[i - 1]?.pageNumber === p.pageNumber);
  if (twice.length > 0) {
    throw new AppError("INVALID_INPUT", `同一版有多个文件：第${twice.map((p) => p.pageNumber).join("、")}版`, {
      operatorMessage: `Several files for page ${twice.map((p) => p.pageNumber).join(", ")}: one file per page.`,
    });
  }
  return sorted;
}
