// The raw bytes of an upload request, read no further than the limit: a body that declares or turns out to be
// larger is refused without buffering it whole.
import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES } from "./limits";

const TOO_LARGE = `文件过大，版面文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`;

export async function readUploadBody(request: Request, limit = MAX_UPLOAD_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
  if (!request.body) throw new AppError("INVALID_INPUT", "没有收到文件");
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
