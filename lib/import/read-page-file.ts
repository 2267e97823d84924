// Reads a page dump from disk and refuses what is not a UTF-8 text file, before anything is parsed.
// Only a regular file is read, and never more than MAX_PAGE_FILE_BYTES + 1 bytes of it: a printed
// page's text is under 100 KB, so a device (/dev/urandom), a pipe or a huge file is refused at once
// instead of being read whole into memory.
import { constants } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { AppError } from "@/lib/errors";

export const MAX_PAGE_FILE_BYTES = 2 * 1024 * 1024;

function refuse(userMessage: string, operatorMessage: string, cause?: unknown): never {
  throw new AppError("INVALID_INPUT", userMessage, { operatorMessage, cause });
}

function tooLarge(file: string, size: string): never {
  refuse(
    `文件过大（${size}）：一个版面的文字不到 100 KB，超过 2 MB 的文件不予导入，请确认文件是否选对`,
    `${file} is too large (${size}): a printed page's text is under 100 KB, files over 2 MB are refused. Is this the right file?`,
  );
}

export async function readPageFile(file: string): Promise<string> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever before we can refuse it.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    refuse(`无法读取文件 ${file}（${reason}）`, `Cannot read ${file}: ${reason}`, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const what = info.isDirectory()
        ? "a directory"
        : info.isFIFO()
          ? "a pipe"
          : info.isCharacterDevice() || info.isBlockDevice()
            ? "a device"
            : "not a regular file";
      refuse(`${file} 不是普通文本文件，请给出版面文字文件的路径`, `${file} is ${what}, not a text file: give the path of a page's text dump.`);
    }
    if (info.size > MAX_PAGE_FILE_BYTES) tooLarge(file, `${(info.size / 1024 / 1024).toFixed(1)} MB`);
    // The size can be wrong (files in /proc report 0) or grow while we read: read at most one byte more.
    const buffer = Buffer.alloc(MAX_PAGE_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_PAGE_FILE_BYTES) tooLarge(file, "over 2 MB");
    return decodePageText(buffer.subarray(0, length), file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    refuse(`无法读取文件 ${file}（${reason}）`, `Cannot read ${file}: ${reason}`, error);
  } finally {
    await handle.close().catch(() => {});
  }
}

export function decodePageText(bytes: Uint8Array, name = "the file"): string {
  if (bytes.length === 0) refuse(`${name} 是空文件`, `${name} is empty.`);
  if (bytes.includes(0)) refuse(`${name} 是二进制文件，不是版面文字`, `${name} is a binary file, not a text dump (it contains NUL bytes).`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    refuse(
      `${name} 不是 UTF-8 文本，请先转换编码（如 iconv -f GB18030 -t UTF-8）`,
      `${name} is not UTF-8 text (convert it first, e.g. iconv -f GB18030 -t UTF-8).`,
    );
  }
  if (text.trim().length === 0) refuse(`${name} 只有空白字符`, `${name} contains only whitespace.`);
  return text;
}
