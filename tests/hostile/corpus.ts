/**
 * The hostile corpus: pages that try to change a verdict, freeze the page or
 * blow the snapshot's limits, generated here (the large ones would be
 * megabytes on disk). Every page goes through the markup-only path
 * (tests/unit/hostile-corpus.test.ts), real Chromium against the same path
 * (tests/hostile/differential.e2e.ts), a subset through the real extension
 * in both browsers (tests/e2e/hostile.e2e.ts), and the benchmark's hostile
 * section (bench/run.ts).
 */

export interface HostilePage {
  name: string;
  /** What the page tries. */
  tries: string;
  html: string;
  /** Address the page is served at or audited as (https: so mixed-content checks run). */
  url: string;
  /**
   * Where real Chromium and the markup-only path may legitimately differ:
   * 'states' compares criterion states only (not evidence selectors); a
   * reason is given. Omitted: states and evidence must be the same.
   */
  compare?: { only: 'states'; why: string };
  /** Its scripts change the page: the markup-only path cannot see what they build. */
  scriptsChangeThePage?: boolean;
  /** Checked by the real extension in both browsers (a subset: each press of the shortcut takes seconds). */
  inExtension?: boolean;
}

export const PORTAL = 'https://dichvucong.hostile.gov.vn';
const url = (path: string) => `${PORTAL}/portaldvc/${path}`;
const SECRET = 'client_secret: "Zx81abcdQ2w3e4r5t6y7"';

/** A page of an ordinary portal around `body`, so every page also has something to find. */
function portal(body: string, head = ''): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng Dịch vụ công</title>${head}</head><body>
<header><a href="/dang-nhap" class="login">Đăng nhập bằng VNeID</a> <a href="/portaldvc/tra-cuu">Tra cứu hồ sơ</a></header>
<main>${body}</main>
<footer><p>Tổng đài hỗ trợ: <a href="tel:18001096">1800 1096</a></p><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></footer></body></html>`;
}

const repeat = (s: string, n: number) => s.repeat(n);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function hostileCorpus(scale = 1): HostilePage[] {
  const k = (n: number) => Math.max(1, Math.round(n * scale));
  const pages: HostilePage[] = [
    // ------------------------------------------------ parsing as browsers do
    {
      name: 'svg-style-script',
      tries: 'an inline <svg> with <style> and <script> hides the rest of the page from a non-browser parser',
      html: portal(`<svg width="0" height="0"><style>.i{fill:red}</style><script>var inSvg=1;</script><symbol id="s"><path d="M0 0"/></symbol></svg>
        <script src="/js/jquery-1.4.2.min.js"></script><script>var cfg = { ${SECRET} };</script><p>Thủ tục hành chính</p>`),
      url: url('svg'),
      inExtension: true,
    },
    {
      name: 'math-style-title',
      tries: 'MathML with <style> and an SVG <title> before the page title',
      html: `<!doctype html><html><head><title>Cổng DVC</title></head><body><math><mi>x</mi><style>a{}</style><mtext><b>Hướng dẫn</b></mtext></math><svg><title>biểu tượng</title><foreignObject><p>Nội dung trong SVG</p></foreignObject></svg><a href="/huong-dan">Hướng dẫn sử dụng</a></body></html>`,
      url: url('math'),
    },
    {
      name: 'svg-cdata',
      tries: 'CDATA sections in foreign content',
      html: portal('<svg><![CDATA[ client_secret = "not-in-a-script-1234" ]]><text>Biểu đồ</text></svg><p>Sau SVG</p>'),
      url: url('cdata'),
    },
    {
      name: 'table-foster',
      tries: 'stray text and links inside a table are moved before it by the parser',
      html: portal(`<table>Tra cứu hồ sơ<tr><td><a href="/a">A</td>${repeat('<a href="/foster">Liên kết lạc</a>', 20)}<tr><td>Ô</table><p>Sau bảng</p>`),
      url: url('table'),
    },
    {
      name: 'misnested',
      tries: 'misnested and unclosed formatting (the adoption agency algorithm)',
      html: portal(`${repeat('<b><i><p>Dịch vụ <a href="/x">công</b> trực tuyến</i></p>', 200)}<p>Cuối`),
      url: url('misnested'),
    },
    {
      name: 'plaintext',
      tries: '<plaintext> turns the rest of the document into text',
      html: `<!doctype html><title>Cổng</title><a href="/truoc">Trước</a><plaintext><a href="/sau">Sau</a><script>var ${SECRET}</script>`,
      url: url('plaintext'),
    },
    {
      name: 'raw-text-elements',
      tries: '<xmp>, <textarea>, <title>, <noembed>, <iframe> content holding markup',
      html: portal(`<xmp><a href="/xmp">xmp</a></xmp><textarea><a href="/ta">ta</a></textarea><noembed><a href="/ne">ne</a></noembed><iframe><a href="/if">if</a></iframe><p>Sau</p>`),
      url: url('rawtext'),
    },
    {
      name: 'noscript-template',
      tries: 'links inside <noscript> (text when scripting is on) and <template> (inert)',
      html: portal('<noscript><a href="/ns">Không có script</a><img src="/px.gif"></noscript><template><a href="/tpl">Mẫu</a><script>var x = 1;</script></template>'),
      url: url('noscript'),
    },
    {
      name: 'weird-names',
      tries: 'element names a selector cannot take as they are, ids with quotes and brackets',
      html: portal(`<foo:bar><a href="/ns">ns</a></foo:bar><a.b><a href="/dot">dot</a></a.b><div id='x"]>'><a href="/q">q</a></div><div id="1abc"><a href="/d">d</a></div>${repeat('<p id="dup"><a href="/dup">dup</a></p>', 30)}`),
      url: url('weird'),
    },
    {
      name: 'base-hostile',
      tries: 'a javascript: <base>, a second <base>, relative links before and after',
      html: portal('<a href="truoc">Trước</a><base href="javascript:alert(1)//"><base href="https://cdn.example.vn/"><a href="sau">Sau</a><img src="http://cdn.example.vn/a.png" alt="">'),
      url: url('base'),
    },
    {
      name: 'frameset',
      tries: 'a frameset page with no body',
      html: '<!doctype html><html><head><title>Khung</title></head><frameset cols="50%,50%"><frame src="/a"><frame src="/b"></frameset></html>',
      url: url('frameset'),
    },
    { name: 'empty', tries: 'an empty document', html: '', url: url('empty') },
    { name: 'text-only', tries: 'text with no markup at all', html: 'Tra cứu hồ sơ — Cổng Dịch vụ công', url: url('text') },
    {
      name: 'nul-bytes',
      tries: 'NUL bytes in text, attributes, comments and scripts',
      html: portal(`<p>Tra\u0000 cứu\u0000 hồ sơ</p><a href="/a\u0000b" title="x\u0000y">Liên\u0000 kết</a><!-- \u0000 --><script>var a = "\u0000"; var ${SECRET};</script>`),
      url: url('nul'),
      inExtension: true,
    },
    {
      name: 'lone-surrogates-emoji',
      tries: 'character references to lone surrogates, emoji, noncharacters',
      html: portal(`<p>&#xD800; &#xDFFF; 😀 &#x1F600; &#xFFFF; &#x0;</p>${repeat('<a href="/e">😀😀😀</a>', 50)}`),
      url: url('surrogates'),
    },
    // ------------------------------------------------ invisible characters and bidi
    {
      name: 'invisible-characters',
      tries: 'zero-width spaces, joiners, soft hyphens, bidi marks and BOMs inside labels',
      html: portal('<a href="/p">Tra cứu\u200b hồ sơ</a><a href="/q">Chính\u00ad sách\u200d bảo\u2060 mật</a><p>Đăng\u200e ký\ufeff tài khoản</p><button>Gửi\u200c phản ánh</button>'),
      url: url('invisible'),
      inExtension: true,
    },
    {
      name: 'bidi-overrides',
      tries: 'right-to-left overrides and isolates in text, links, titles and attributes',
      html: portal('<p>\u202eơs ồh ucứ arT\u202c</p><a href="/x" title="\u2067abc\u2069">\u202dĐăng nhập\u202c</a><p>\u2066Tra cứu hồ sơ\u2069</p>').replace('<title>Cổng Dịch vụ công</title>', '<title>\u202eCổng\u202c</title>'),
      url: url('bidi'),
    },
    {
      name: 'escape-sequences',
      tries: 'terminal escape sequences and C1 controls in texts and attributes',
      html: portal('<p>\u001b[2J\u001b]8;;https://evil.example\u0007Tra cứu\u009b31m hồ sơ</p><a href="/x" aria-label="\u001b[31mđỏ">x</a>'),
      url: url('escapes'),
    },
    // ------------------------------------------------ scripts that used to take quadratic time
    {
      name: 'unclosed-regex-brackets',
      tries: 'unclosed [ after / (quadratic in the old comment stripper)',
      html: portal(`<script>${repeat('x=/[', k(10_000))}\nvar cfg = { ${SECRET} };</script>`),
      url: url('regex'),
      inExtension: true,
    },
    {
      name: 'slash-bracket-soup',
      tries: '/[/[/[… in many scripts',
      html: portal(range(20).map(() => `<script>${repeat('/[', k(10_000))}</script>`).join('')),
      url: url('slash-soup'),
    },
    {
      name: 'unclosed-strings-templates-comments',
      tries: 'unclosed strings, templates and block comments',
      html: portal(`<script>${repeat('"a\n', k(5000))}</script><script>${repeat('`${', k(5000))}</script><script>go(); /* ${repeat('*', k(100_000))}</script>`),
      url: url('unclosed'),
    },
    {
      name: 'jwt-run',
      tries: 'one long run of -eyJ (quadratic in the old token pattern)',
      html: portal(`<script>var t = "${repeat('-eyJ', k(50_000))}";</script>`),
      url: url('jwt-run'),
    },
    {
      name: 'identifier-soup',
      tries: 'a$a$a$… and $password… (quadratic in the old secret pattern)',
      html: portal(`<script>var ${repeat('a$', k(50_000))} = 1; var q = "${repeat('$password', k(10_000))}";</script>`),
      url: url('id-soup'),
    },
    {
      name: 'html-comments-in-script',
      tries: '<!-- and --> comment lines in a classic script',
      html: portal(`<script>${repeat("<!-- ga('create', 'UA-1');\n--> fbq('init', '2')\n", k(2000))}var live = 1;</script>`),
      url: url('html-comments-js'),
    },
    // ------------------------------------------------ exposures that used to be missed
    {
      name: 'secret-after-20000',
      tries: 'a secret after the 20,000th character of an inline script',
      html: portal(`<script>var data = [${repeat('1,', 15_000)}0];\nvar cfg = { ${SECRET} };</script>`),
      url: url('secret-late'),
      inExtension: true,
    },
    {
      name: 'secrets-in-comments',
      tries: 'secrets in JS comments, HTML comments and commented-out code',
      html: `<!-- api_key = "k-1234567890abcdef12" -->${portal(`<script>init(); // ${SECRET}\n/* password = "Mk@2024secret" */</script><!-- <script>var refresh_token = "r-1234567890abcd";</script> -->`)}`,
      url: url('secrets-comments'),
    },
    {
      name: 'private-key-comment',
      tries: 'a private key left in an HTML comment',
      html: portal('<!--\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n--><p>Trang chủ</p>'),
      url: url('private-key'),
    },
    {
      name: 'library-banners',
      tries: 'outdated libraries named in a banner comment and in a commented-out <script src>',
      html: portal('<script>/*! jQuery v1.4.2 jquery.com | jquery.org/license */\n(function(){})();</script><!-- <script src="/js/bootstrap-3.3.7.min.js"></script> -->'),
      url: url('banners'),
    },
    {
      name: 'exposure-flood',
      tries: 'hundreds of secret-like names to flood the exposure excerpts',
      html: portal(range(k(600)).map((i) => `<!-- password${i} = "value-${i}-${repeat('z', 20)}" ${repeat('.', 300)} -->`).join('')),
      url: url('exposure-flood'),
    },
    // ------------------------------------------------ size
    {
      name: 'forms-100x200',
      tries: '100 forms of 200 inputs (over the injection cap before)',
      html: portal(range(100).map((f) => `<form action="/f${f}">${range(k(200)).map((i) => `<label for="f${f}i${i}">Trường ${i}</label><input id="f${f}i${i}" name="t_${f}_${i}" placeholder="Nhập trường ${i} của biểu mẫu ${f}">`).join('')}</form>`).join('')),
      url: url('forms'),
      inExtension: true,
    },
    {
      name: 'huge-attributes',
      tries: 'megabyte attributes on links, images, meta and ids',
      html: portal(`<meta name="description" content="${repeat('m', k(1_000_000))}"><a href="/${repeat('x', k(1_000_000))}" title="${repeat('t', k(500_000))}">Dài</a><img src="data:image/png;base64,${repeat('A', k(2_000_000))}" alt="ảnh"><div id="${repeat('i', k(200_000))}"><a href="/in">Trong</a></div>`),
      url: url('huge-attrs'),
    },
    {
      name: 'huge-text',
      tries: 'a text node of megabytes, and one of whitespace',
      // Hidden, so the browser spends no time laying the megabytes out: what is measured is reading them.
      html: portal(`<p hidden>${repeat('Dịch vụ công trực tuyến ', k(100_000))}</p><p hidden>${repeat(' \n\t', k(300_000))}Tra cứu hồ sơ</p>`),
      url: url('huge-text'),
    },
    {
      name: 'deep-nesting',
      tries: 'a tree 5,000 levels deep with the links at the bottom',
      html: portal(`${repeat('<div>', k(5000))}<a href="/day">Đáy</a><form><label>Họ tên <input name="n"></label></form>`),
      url: url('deep'),
    },
    {
      name: 'deep-inline',
      tries: 'deep nesting of inline formatting elements',
      html: portal(`${repeat('<b><i>', k(3000))}Tra cứu hồ sơ`),
      url: url('deep-inline'),
    },
    {
      name: 'many-links',
      tries: '20,000 links (caps: first and last kept)',
      html: portal(range(k(20_000)).map((i) => `<a href="/thu-tuc/${i}">Thủ tục ${i}</a>`).join('')),
      url: url('links'),
    },
    {
      name: 'many-small-lists',
      tries: 'every list at its cap at once: images, buttons, meta, iframes, mixed content',
      html: portal(`${range(k(1500)).map((i) => `<img src="http://cdn.example.vn/${i}.png" alt="ảnh ${i}"><button>Nút ${i}</button>`).join('')}${range(150).map((i) => `<iframe src="/f${i}" title="khung ${i}"></iframe>`).join('')}`, range(300).map((i) => `<meta name="m${i}" content="${i}">`).join('')),
      url: url('lists'),
    },
    {
      name: 'many-scripts',
      tries: '1,000 inline scripts',
      html: portal(range(k(1000)).map((i) => `<script>var s${i} = ${i};</script>`).join('')),
      url: url('scripts'),
    },
    {
      name: 'many-comments',
      tries: '6,000 comments',
      html: portal(range(k(6000)).map((i) => `<!-- bình luận ${i} -->`).join('')),
      url: url('comments'),
    },
    {
      name: 'select-options',
      tries: 'a <select> of 20,000 options inside a label',
      html: portal(`<label>Tỉnh <select name="tinh">${range(k(20_000)).map((i) => `<option>Tỉnh ${i}</option>`).join('')}</select></label>`),
      url: url('select'),
    },
    // ------------------------------------------------ shadow roots and frames
    {
      name: 'shadow-open',
      tries: 'labels and links only inside an open (declarative) shadow root',
      html: portal('<div id="app"><template shadowrootmode="open"><nav><a href="/portaldvc/tra-cuu-ho-so">Tra cứu hồ sơ</a><a href="/hoi-dap">Câu hỏi thường gặp</a></nav><slot></slot></template><p>Nội dung</p></div>'),
      url: url('shadow'),
      inExtension: true,
    },
    {
      name: 'shadow-closed-and-nested',
      tries: 'a closed shadow root (unreadable) and shadow roots nested in shadow roots',
      html: portal('<div><template shadowrootmode="closed"><a href="/an">Ẩn</a></template></div><section id="s1"><template shadowrootmode="open"><div><template shadowrootmode="open"><span><template shadowrootmode="open"><a href="/sau">Sâu</a></template></span></template></div></template></section>'),
      url: url('shadow-nested'),
    },
    {
      name: 'iframe-srcdoc',
      tries: 'a same-origin frame (srcdoc) holding the support contacts, a sandboxed one that cannot be read',
      html: portal(`<iframe id="hotro" title="Hỗ trợ" srcdoc="<p>Tổng đài <a href='tel:19001234'>1900 1234</a></p><script>var ${SECRET.replace(/"/g, "'")};</script>"></iframe><iframe sandbox srcdoc="<a href='/x'>Sandbox</a>"></iframe>`),
      url: url('srcdoc'),
    },
    {
      name: 'iframe-srcdoc-nested',
      tries: 'frames in frames',
      html: portal(`<iframe srcdoc="<iframe srcdoc='<a href=&quot;/tang-3&quot;>Tầng 3</a>'></iframe><a href='/tang-2'>Tầng 2</a>"></iframe>`),
      url: url('srcdoc-nested'),
    },
    // ------------------------------------------------ addresses
    {
      name: 'long-origin',
      tries: 'an origin of more than 75 characters (every audit failed before)',
      html: portal('<p>Cổng có địa chỉ dài</p>'),
      url: `https://${repeat('d', 60)}.${repeat('v', 60)}.hostile.gov.vn/portaldvc/home`,
      inExtension: true,
    },
    {
      name: 'long-url',
      tries: 'an address with a 5,000-character query',
      html: portal('<p>Địa chỉ rất dài</p>'),
      url: `${PORTAL}/portaldvc/tim-kiem?q=${repeat('a', 5000)}`,
    },
    // ------------------------------------------------ scripts that change the page
    {
      name: 'script-built',
      tries: 'a page its script builds (only a browser sees it)',
      html: portal('<div id="root"></div><script>document.getElementById("root").innerHTML = "<a href=\\"/tra-cuu\\">Tra cứu hồ sơ</a>";</script>'),
      url: url('script-built'),
      scriptsChangeThePage: true,
    },
  ];
  return pages;
}
