// What an editor types as a link address, made into a stored `href`: an address without a scheme is a web
// address (https:// is added), an e-mail address becomes mailto:, and only http, https and mailto are
// allowed (the story whitelist refuses anything else on save; here the editor is told why at once).
export type TLinkHref = { kind: "link"; href: string } | { kind: "remove" } | { kind: "refused"; message: string };

export const LINK_SCHEME_MESSAGE = "链接只能是网址（http:// 或 https://）或电子邮箱（mailto:），不能使用其他协议。";
export const LINK_INVALID_MESSAGE = "这不是有效的链接地址，请检查后重试。";

const E_MAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
// A scheme as URLs spell it; "example.com:8080" is a host with a port, not a scheme.
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d+(?:[/?#]|$))/i;

export function normaliseLinkHref(input: string): TLinkHref {
  const typed = input.trim();
  if (typed === "") return { kind: "remove" };
  if (/\s/.test(typed)) return { kind: "refused", message: LINK_INVALID_MESSAGE };
  let href: string;
  const scheme = SCHEME.exec(typed)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme !== "http" && scheme !== "https" && scheme !== "mailto") return { kind: "refused", message: LINK_SCHEME_MESSAGE };
    href = typed;
  } else if (E_MAIL.test(typed)) {
    href = `mailto:${typed}`;
  } else {
    href = `https://${typed.replace(/^\/+/, "")}`;
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: "refused", message: LINK_INVALID_MESSAGE };
  }
  if (url.protocol === "mailto:") return E_MAIL.test(url.pathname) ? { kind: "link", href } : { kind: "refused", message: LINK_INVALID_MESSAGE };
  // A web address needs a host with a dot (or localhost): "https://" alone or "abc" is a typo.
  if (!url.hostname || !/^https?:\/\/[^/]/i.test(href) || !(url.hostname.includes(".") || url.hostname === "localhost")) {
    return { kind: "refused", message: LINK_INVALID_MESSAGE };
  }
  return { kind: "link", href };
}
