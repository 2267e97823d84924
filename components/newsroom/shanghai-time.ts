// Times in the newsroom are shown in Asia/Shanghai, whatever the server's zone.
const FORMAT = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

export function shanghaiTime(value: Date | string): string {
  return FORMAT.format(typeof value === "string" ? new Date(value) : value);
}
