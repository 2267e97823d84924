// Reads a page dump from disk and refuses what is not a UTF-8 text file, before anything is parsed.
import { readFile } from "node:fs/promises";
import { AppError } from "@/lib/errors";

export async function readPageFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new AppError("INVALID_INPUT", `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return decodePageText(bytes, file);
}

export function decodePageText(bytes: Uint8Array, name = "the file"): string {
  if (bytes.length === 0) throw new AppError("INVALID_INPUT", `${name} is empty.`);
  if (bytes.includes(0)) throw new AppError("INVALID_INPUT", `${name} is a binary file, not a text dump (it contains NUL bytes).`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("INVALID_INPUT", `${name} is not UTF-8 text (convert it first, e.g. iconv -f GB18030 -t UTF-8).`);
  }
  if (text.trim().length === 0) throw new AppError("INVALID_INPUT", `${name} contains only whitespace.`);
  return text;
}
