// Bylines the way the paper prints them: 本报记者 雷甫, 新华社记者 X, 通讯员 Y, 本报记者 耿新洲 摄.
export interface TBylineLike {
  name: string;
  role: "reporter" | "photographer" | "correspondent";
  affiliation: string | null;
}

const ROLE_TITLE = { reporter: "记者", photographer: "记者", correspondent: "通讯员" } as const;

export function formatByline(byline: TBylineLike): string {
  const title = `${byline.affiliation ?? ""}${ROLE_TITLE[byline.role]}`;
  return `${title} ${byline.name}${byline.role === "photographer" ? " 摄" : ""}`;
}

/** Several people with the same title share it: 本报记者 王菲 雷甫. */
export function formatBylines(bylines: readonly TBylineLike[]): string {
  const groups: Array<{ title: string; names: string[]; photo: boolean }> = [];
  for (const byline of bylines) {
    const title = `${byline.affiliation ?? ""}${ROLE_TITLE[byline.role]}`;
    const photo = byline.role === "photographer";
    const last = groups.at(-1);
    if (last && last.title === title && last.photo === photo) last.names.push(byline.name);
    else groups.push({ title, names: [byline.name], photo });
  }
  return groups.map((group) => `${group.title} ${group.names.join(" ")}${group.photo ? " 摄" : ""}`).join(" ");
}
