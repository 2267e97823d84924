// POST: upload one photo (multipart form: `file`, and optionally caption, credit, creditContributorId,
// alt). Every refusal names the file and the reason in zh-CN. GET: the media library (?q=&page=).
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";
import { listMedia } from "@/lib/media/list-media";
import { MAX_IMAGE_BYTES } from "@/lib/media/process-image";
import { storeImage } from "@/lib/media/store-image";

/** Room for the multipart envelope and the text fields around a file at the size limit. */
const MAX_REQUEST_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

const ZUploadFields = z.object({
  caption: z.string().max(2000, { message: "图片说明不能超过 2000 个字" }).optional(),
  credit: z.string().max(200, { message: "摄影署名不能超过 200 个字" }).optional(),
  creditContributorId: z
    .string()
    .regex(/^\d{1,9}$/, { message: "摄影署名的人员编号不对" })
    .transform(Number)
    .optional(),
  alt: z.string().max(500, { message: "替代文字不能超过 500 个字" }).optional(),
});

const TOO_LARGE = "图片超过 30 MB，请压缩后再上传";

export const POST = newsroomRoute({ params: ZNoParams }, async ({ request, actor }) => {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_REQUEST_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data")) throw new AppError("INVALID_INPUT", "请以表单方式上传图片文件");
  let form: FormData;
  try {
    form = await request.formData();
  } catch (error) {
    throw new AppError("INVALID_INPUT", "上传的内容不完整，请重新上传", { cause: error });
  }
  const files = form.getAll("file");
  const file = files[0];
  if (files.length !== 1 || !(file instanceof File)) throw new AppError("INVALID_INPUT", "请每次上传一个图片文件");
  if (file.size > MAX_IMAGE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `${file.name}：${TOO_LARGE}`);
  const fields = ZUploadFields.parse(Object.fromEntries([...form.entries()].filter(([name, value]) => name !== "file" && typeof value === "string")));
  try {
    const { media, existing } = await storeImage(actor, {
      bytes: new Uint8Array(await file.arrayBuffer()),
      filename: file.name || "未命名图片",
      caption: fields.caption,
      credit: fields.credit,
      creditContributorId: fields.creditContributorId,
      alt: fields.alt,
    });
    return Response.json(
      {
        media: {
          id: media.id,
          hash: media.hash,
          width: media.width,
          height: media.height,
          filename: media.filename,
          alt: media.alt,
          caption: media.caption,
          credit: media.credit,
        },
        existing,
      },
      { status: existing ? 200 : 201, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    // Say which file it was: several uploads run side by side in the editor.
    if (error instanceof AppError)
      throw new AppError(error.code, `${file.name || "图片"}：${error.userMessage}`, { operatorMessage: error.operatorMessage, cause: error });
    throw error;
  }
});

export const GET = newsroomRoute({ params: ZNoParams }, async ({ request, actor }) => {
  const url = new URL(request.url);
  const listing = await listMedia(actor, { q: url.searchParams.get("q") ?? "", page: url.searchParams.get("page") ?? "1" });
  return Response.json(listing, { headers: { "Cache-Control": "no-store" } });
});
