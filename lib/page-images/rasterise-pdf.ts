// The first page of an uploaded PDF as a PNG, drawn by Debian's poppler-utils `pdftoppm`: a maintained GPL
// tool run as a separate process (never linked into the app), with a time limit and its own temporary folder.
// (mupdf would be the other choice; it is AGPL.)
import "server-only";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { PDF_LONG_SIDE_PIXELS, PDF_TIMEOUT_MS } from "./limits";

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile("pdftoppm", args, { timeout: PDF_TIMEOUT_MS, killSignal: "SIGKILL", maxBuffer: 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const failure = error as NodeJS.ErrnoException & { killed?: boolean };
      if (failure.code === "ENOENT")
        return reject(
          new AppError("UNAVAILABLE", "服务器暂时无法处理 PDF，请改传 JPEG 或 PNG 图片", {
            operatorMessage: "pdftoppm is not installed (apt-get install poppler-utils)",
            cause: error,
          }),
        );
      if (failure.killed)
        return reject(
          new AppError("INVALID_INPUT", "PDF 处理超时，请导出为图片（JPEG 或 PNG）后再上传", { operatorMessage: `pdftoppm ran over ${PDF_TIMEOUT_MS} ms` }),
        );
      reject(
        new AppError("INVALID_INPUT", "PDF 文件无法读取（可能已损坏或加密）", {
          operatorMessage: `pdftoppm failed: ${String(stderr).slice(0, 500)}`,
          cause: error,
        }),
      );
    });
  });
}

/** Renders page 1, its longer side at PDF_LONG_SIDE_PIXELS, whatever size the PDF declares. */
export async function rasterisePdfFirstPage(pdf: Uint8Array): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), "page-image-"));
  try {
    const input = path.join(dir, "page.pdf");
    await writeFile(input, pdf);
    await run(["-f", "1", "-l", "1", "-singlefile", "-png", "-scale-to", String(PDF_LONG_SIDE_PIXELS), input, path.join(dir, "page")]);
    return await readFile(path.join(dir, "page.png")).catch((cause: unknown) => {
      throw new AppError("INVALID_INPUT", "PDF 文件中没有可显示的页面", { cause });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
