// Before a story goes to readers from the newsroom, every figure must show a stored picture and say what it
// shows (alt text, for readers who cannot see it). The importer's stories are published as printed: their
// figures get pictures later, and only the publish command checks.
import type { TStoryDocument } from "@/lib/content/schema";
import { AppError } from "@/lib/errors";

/** How an editor finds the figure: its number in the story and the start of its caption. */
function figureName(index: number, caption: string | null): string {
  const text = caption?.trim() ?? "";
  return text ? `第${index + 1}张图片（“${text.length > 12 ? `${text.slice(0, 12)}…` : text}”）` : `第${index + 1}张图片`;
}

export function checkFiguresForPublishing(body: TStoryDocument): void {
  const problems = body.content
    .flatMap((block) => (block.type === "figure" ? [block.attrs] : []))
    .flatMap((figure, index) => {
      const name = figureName(index, figure.caption);
      if (!figure.mediaId) return [`${name}还没有图片，请上传或从图片库选择`];
      if (!figure.alt?.trim()) return [`${name}缺少替代文字（说明图片内容，供视障读者使用）`];
      return [];
    });
  if (problems.length > 0) {
    throw new AppError("INVALID_INPUT", `不能发布：${problems.join("；")}。`, { details: { figures: problems } });
  }
}
