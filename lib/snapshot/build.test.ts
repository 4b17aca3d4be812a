import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSnapshot, buildSnapshotAsync, SNAPSHOT_MAX_BYTES, type SnapshotOptions } from './build';
import { PageSnapshotSchema, SNAPSHOT_LIMITS, type PageSnapshot } from './schema';

const HTTPS_URL = 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html';
const HTTP_URL = 'http://dichvucong.example.vn/p/home/dvc-trang-chu.html';
const NOW = new Date('2025-01-02T03:04:05.000Z');

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

/** A happy-dom document for the HTML; nothing it references is loaded, no script runs. */
function page(html: string, url = HTTPS_URL): Document {
  const w = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  windows.push(w);
  w.document.write(html);
  return w.document as unknown as Document;
}

function snap(html: string, url = HTTPS_URL, opts: SnapshotOptions = {}): PageSnapshot {
  return buildSnapshot(page(html, url), { now: NOW, ...opts });
}

/** Build and validate, as what crosses from the page to the extension is. */
function buildValidSnapshot(doc: Document, opts: SnapshotOptions = {}): PageSnapshot {
  return PageSnapshotSchema.parse(buildSnapshot(doc, { now: NOW, ...opts }));
}

/** Every selector the builder makes has this shape: an anchor, then `>` steps. */
const STEP = String.raw`(?:[A-Za-z][A-Za-z0-9-]*:nth-of-type\(\d+\)|\*:nth-child\(\d+\))`;
const ANCHOR = String.raw`(?:html|:root|#[A-Za-z_](?:[\w-]|\\[:.])*|${STEP})`;
const SELECTOR_SHAPE = new RegExp(`^${ANCHOR}(?: > ${STEP})*$`);

function allLocated(s: PageSnapshot): { selector: string }[] {
  return [
    ...s.texts,
    ...s.links,
    ...s.buttons,
    ...s.scripts,
    ...s.iframes,
    ...s.images,
    ...s.mixedContent,
    ...s.forms.filter((f) => f.selector !== 'body'),
    ...s.forms.flatMap((f) => f.inputs),
  ];
}

const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

/** Walk down last children: happy-dom's querySelector recurses and overflows on very deep pages. */
function deepest(doc: Document): Element {
  let el: Element = doc.documentElement;
  while (el.lastElementChild) el = el.lastElementChild;
  return el;
}

describe('buildSnapshot: page identity', () => {
  it('records url, origin, host, protocol, title, lang and capture time', () => {
    const s = snap(
      '<!doctype html><html lang="vi"><head><title>  Cổng   Dịch vụ công\n Quốc gia </title></head><body></body></html>',
      'https://dichvucong.gov.vn:8443/p/home/index.html?x=1#top',
    );
    expect(s.url).toBe('https://dichvucong.gov.vn:8443/p/home/index.html?x=1#top');
    expect(s.origin).toBe('https://dichvucong.gov.vn:8443');
    expect(s.host).toBe('dichvucong.gov.vn');
    expect(s.protocol).toBe('https:');
    expect(s.title).toBe('Cổng Dịch vụ công Quốc gia');
    expect(s.lang).toBe('vi');
    expect(s.capturedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(s.snapshotVersion).toBe(1);
    expect(s.security.isSecureContext).toBe(true);
  });

  it('uses opts.url over the document address', () => {
    const s = snap('<a href="tra-cuu">Tra cứu</a>', HTTPS_URL, { url: 'http://cong.example.vn/a/b.html' });
    expect(s.url).toBe('http://cong.example.vn/a/b.html');
    expect(s.host).toBe('cong.example.vn');
    expect(s.protocol).toBe('http:');
    expect(s.security.isSecureContext).toBe(false);
    expect(s.links[0]!.href).toBe('http://cong.example.vn/a/tra-cuu');
  });

  it('treats localhost as a secure context and a missing lang as empty', () => {
    const s = snap('<html><body><p>x</p></body></html>', 'http://localhost:3000/');
    expect(s.security.isSecureContext).toBe(true);
    expect(s.lang).toBe('');
    expect(s.title).toBe('');
  });

  it('counts every element', () => {
    const s = snap('<html><head><title>t</title></head><body><div><p>a</p><p>b</p></div></body></html>');
    // html, head, title, body, div, p, p
    expect(s.stats.elementCount).toBe(7);
    expect(s.stats.truncated).toEqual([]);
  });

  it('passes response headers through with values capped', () => {
    const csp = `default-src 'self'; ${'script-src https://a.example.vn '.repeat(200)}`;
    const s = snap('<p>x</p>', HTTPS_URL, { responseHeaders: { 'Content-Security-Policy': csp, 'x-frame-options': 'DENY' } });
    expect(s.security.responseHeaders!['x-frame-options']).toBe('DENY');
    expect(s.security.responseHeaders!['content-security-policy']).toBe(csp.slice(0, 2000));
    expect(snap('<p>x</p>').security.responseHeaders).toBeNull();
  });
});

describe('buildSnapshot: links', () => {
  const html = `
    <nav>
      <a id="rel" href="../tra-cuu-ho-so?ma=1">Tra cứu hồ sơ</a>
      <a id="root" href="/p/gioi-thieu.html">Giới thiệu</a>
      <a id="proto" href="//cdn.dichvucong.gov.vn/huong-dan.pdf">Hướng dẫn</a>
      <a id="abs" href="https://www.chinhphu.vn/">Chính phủ</a>
      <a id="js" href="javascript:void(0)">Mở menu</a>
      <a id="js2" href="javascript: moPopup('Xin chào')">Chào</a>
      <a id="mail" href="mailto:hỗtrợ@dichvucong.gov.vn">Thư</a>
      <a id="tel" href="tel:18001096">Tổng đài</a>
      <a id="empty" href="">Trang này</a>
      <a id="noHref" name="top">Không phải liên kết</a>
      <a id="aria" href="/a" aria-label="Đăng nhập bằng VNeID" title="Tiêu đề">  </a>
      <a id="title" href="/b" title="Trang chủ"><i class="icon"></i></a>
      <a id="img" href="/c"><span><img src="/logo.png" alt="Logo Bộ Công an"></span></a>
      <a id="imgNoAlt" href="/d"><img src="/x.png"></a>
      <a id="nested" href="/e"><span>Nộp</span> <b>hồ sơ</b> <script>var hidden = 1;</script></a>
    </nav>
    <map name="m"><area href="/ban-do" alt="Bản đồ"></map>`;

  it('resolves hrefs to absolute URLs', () => {
    const s = snap(html);
    const by = (text: string) => s.links.find((l) => l.text === text)!;
    expect(by('Tra cứu hồ sơ').href).toBe('https://dichvucong.gov.vn/p/tra-cuu-ho-so?ma=1');
    expect(by('Giới thiệu').href).toBe('https://dichvucong.gov.vn/p/gioi-thieu.html');
    expect(by('Hướng dẫn').href).toBe('https://cdn.dichvucong.gov.vn/huong-dan.pdf');
    expect(by('Chính phủ').href).toBe('https://www.chinhphu.vn/');
    // An empty href is kept empty (a placeholder link), not turned into this page's address.
    expect(by('Trang này').href).toBe('');
    expect(s.links.find((l) => l.href.endsWith('/ban-do'))!.href).toBe('https://dichvucong.gov.vn/ban-do');
  });

  it('resolves protocol-relative links with the page protocol', () => {
    const s = snap('<a href="//cdn.example.vn/a.pdf">a</a>', HTTP_URL);
    expect(s.links[0]!.href).toBe('http://cdn.example.vn/a.pdf');
  });

  it('keeps javascript:, mailto: and tel: hrefs as written', () => {
    const s = snap(html);
    const by = (text: string) => s.links.find((l) => l.text === text)!;
    expect(by('Mở menu').href).toBe('javascript:void(0)');
    // The URL parser would percent-encode "à" and drop nothing else; kept raw.
    expect(by('Chào').href).toBe("javascript: moPopup('Xin chào')");
    expect(by('Thư').href).toBe('mailto:hỗtrợ@dichvucong.gov.vn');
    expect(by('Tổng đài').href).toBe('tel:18001096');
  });

  it('resolves against <base href>', () => {
    const s = snap('<head><base href="https://dichvucong.gov.vn/portal/"></head><body><a href="tra-cuu">Tra cứu</a><img src="a.png" alt=""></body>');
    expect(s.links[0]!.href).toBe('https://dichvucong.gov.vn/portal/tra-cuu');
    expect(s.images[0]!.src).toBe('https://dichvucong.gov.vn/portal/a.png');
  });

  it('skips anchors without href and keeps area elements', () => {
    const s = snap(html);
    expect(s.links.some((l) => l.text === 'Không phải liên kết')).toBe(false);
    expect(s.links).toHaveLength(15);
  });

  it('takes the label from aria-label, then title, then an image alt', () => {
    const s = snap(html);
    const byHref = (path: string) => s.links.find((l) => l.href === `https://dichvucong.gov.vn${path}`)!;
    expect(byHref('/a').label).toBe('Đăng nhập bằng VNeID');
    expect(byHref('/a').text).toBe('');
    expect(byHref('/b').label).toBe('Trang chủ');
    expect(byHref('/c').label).toBe('Logo Bộ Công an');
    expect(byHref('/d').label).toBe('');
    expect(byHref('/e').label).toBe('');
  });

  it('takes the whole text of the link, without script text', () => {
    const s = snap(html);
    const link = s.links.find((l) => l.href.endsWith('/e'))!;
    expect(link.text).toBe('Nộp hồ sơ');
    for (const t of [...s.texts, ...s.links]) expect(JSON.stringify(t)).not.toContain('hidden = 1');
  });
});

describe('buildSnapshot: buttons', () => {
  const s = () =>
    snap(`
      <button>Gửi hồ sơ</button>
      <button type="button" aria-label="Đóng hộp thoại">  <svg><path d="M0 0"/></svg>  </button>
      <button type="reset" title="Xoá"> </button>
      <input type="submit" value="Tìm kiếm">
      <input type="BUTTON" value="Huỷ">
      <input type="image" src="/tim.png" alt="Tìm">
      <input type="reset" aria-label="Nhập lại">
      <input type="text" value="không phải nút">`);

  it('keeps button elements and button-like inputs with their text and type', () => {
    expect(s().buttons.map((b) => [b.text, b.type])).toEqual([
      ['Gửi hồ sơ', 'submit'],
      ['Đóng hộp thoại', 'button'],
      ['Xoá', 'reset'],
      ['Tìm kiếm', 'submit'],
      ['Huỷ', 'button'],
      ['Tìm', 'image'],
      ['Nhập lại', 'reset'],
    ]);
  });

  it('does not list button-like inputs as form inputs', () => {
    const inputs = s().forms.flatMap((f) => f.inputs);
    expect(inputs.map((i) => i.type)).toEqual(['text']);
  });
});

describe('buildSnapshot: forms and inputs', () => {
  const html = `
    <form id="nop" action="/p/nop-ho-so" method="POST">
      <label for="hoten">Họ và tên <span>*</span></label>
      <input id="hoten" name="hoten" required>
      <label>Số CCCD <input name="cccd" type="text"></label>
      <input name="email" type="EMAIL" aria-label="Thư điện tử">
      <span id="lbl-sdt">Số điện thoại</span><input name="sdt" aria-labelledby="lbl-sdt">
      <input name="ghichu" placeholder="Ghi chú thêm">
      <label>Tỉnh/thành <select name="tinh"><option>Hà Nội</option><option>Huế</option></select></label>
      <textarea name="noidung" aria-required="true" title="Nội dung"></textarea>
      <input type="hidden" name="token" value="abc">
      <input type="submit" value="Nộp">
    </form>
    <form id="tim"><input name="tukhoa" placeholder="Từ khoá"></form>
    <input name="ngoai" form="tim" aria-label="Liên kết bằng thuộc tính form">
    <div class="spa">
      <label for="q">Tìm thủ tục</label><input id="q" name="q">
      <label>   <input name="trong" aria-label="Nhãn khi label rỗng"></label>
    </div>`;

  it('records action, method and inputs of each form', () => {
    const s = snap(html);
    const [nop, tim] = s.forms;
    expect(nop!.action).toBe('https://dichvucong.gov.vn/p/nop-ho-so');
    expect(nop!.method).toBe('post');
    expect(tim!.action).toBe(HTTPS_URL);
    expect(tim!.method).toBe('get');
    expect(nop!.inputs.map((i) => i.name)).toEqual(['hoten', 'cccd', 'email', 'sdt', 'ghichu', 'tinh', 'noidung', 'token']);
    expect(nop!.inputs.map((i) => i.type)).toEqual(['text', 'text', 'email', 'text', 'text', 'select', 'textarea', 'hidden']);
    expect(nop!.inputs.map((i) => i.tag)).toEqual(['input', 'input', 'input', 'input', 'input', 'select', 'textarea', 'input']);
    expect(nop!.inputs.map((i) => i.required)).toEqual([true, false, false, false, false, false, true, false]);
    expect(nop!.inputs[0]!.id).toBe('hoten');
  });

  it('finds labels: label[for], wrapping label, aria-labelledby, aria-label, title; placeholder apart', () => {
    const s = snap(html);
    const input = (name: string) => s.forms.flatMap((f) => f.inputs).find((i) => i.name === name)!;
    expect(input('hoten').label).toBe('Họ và tên *');
    expect(input('cccd').label).toBe('Số CCCD');
    expect(input('email').label).toBe('Thư điện tử');
    expect(input('sdt').label).toBe('Số điện thoại');
    expect(input('ghichu').label).toBe('');
    expect(input('ghichu').placeholder).toBe('Ghi chú thêm');
    // The options of a select inside its label are not part of the label.
    expect(input('tinh').label).toBe('Tỉnh/thành');
    expect(input('noidung').label).toBe('Nội dung');
    // A label with only whitespace does not hide the aria-label.
    expect(input('trong').label).toBe('Nhãn khi label rỗng');
  });

  it('ties inputs with form="" to their form', () => {
    const s = snap(html);
    expect(s.forms[1]!.inputs.map((i) => i.name)).toEqual(['tukhoa', 'ngoai']);
  });

  it('groups inputs outside any form in the "body" pseudo-form', () => {
    const s = snap(html);
    expect(s.forms).toHaveLength(3);
    const loose = s.forms[2]!;
    expect(loose).toMatchObject({ selector: 'body', action: '', method: '' });
    expect(loose.inputs.map((i) => [i.name, i.label])).toEqual([
      ['q', 'Tìm thủ tục'],
      ['trong', 'Nhãn khi label rỗng'],
    ]);
  });

  it('adds no pseudo-form when every input is in a form', () => {
    const s = snap('<form><input name="a"></form>');
    expect(s.forms.map((f) => f.selector)).not.toContain('body');
  });

  it('caps forms and does not file the inputs of dropped forms as loose inputs', () => {
    const forms = Array.from({ length: SNAPSHOT_LIMITS.forms + 5 }, (_, i) => `<form action="/f${i}"><input name="in${i}"></form>`).join('');
    const s = snap(forms);
    expect(s.forms).toHaveLength(SNAPSHOT_LIMITS.forms);
    expect(s.forms.every((f) => f.selector !== 'body')).toBe(true);
    expect(s.stats.truncated).toContain('forms');
  });

  it('caps inputs per form', () => {
    const inputs = Array.from({ length: SNAPSHOT_LIMITS.inputsPerForm + 3 }, (_, i) => `<input name="i${i}">`).join('');
    const s = snap(`<form>${inputs}</form>`);
    expect(s.forms[0]!.inputs).toHaveLength(SNAPSHOT_LIMITS.inputsPerForm);
    expect(s.stats.truncated).toContain('inputs');
  });
});

describe('buildSnapshot: scripts', () => {
  it('resolves external script URLs and leaves their text empty', () => {
    const s = snap(`
      <script src="/js/app.js"></script>
      <script async src="//www.googletagmanager.com/gtag/js?id=G-ABC123"></script>
      <script src="https://sp.zalo.me/plugins/sdk.js">ignored body</script>`);
    expect(s.scripts.map((x) => [x.src, x.text])).toEqual([
      ['https://dichvucong.gov.vn/js/app.js', ''],
      ['https://www.googletagmanager.com/gtag/js?id=G-ABC123', ''],
      ['https://sp.zalo.me/plugins/sdk.js', ''],
    ]);
  });

  it('strips comments from inline scripts so commented-out snippets are no evidence', () => {
    const s = snap(`<script>
      // gtag('config', 'UA-LINE-COMMENT');
      /* fbq('init', 'BLOCK-COMMENT');
         still comment */
      <!-- ga('create', 'UA-HTML-COMMENT');
      var live = "https://www.google-analytics.com//collect"; /* inline */ window.dataLayer = [];
    </script>`);
    expect(s.scripts).toHaveLength(1);
    const code = s.scripts[0]!.text;
    expect(code).toContain('var live = "https://www.google-analytics.com//collect";');
    expect(code).toContain('window.dataLayer = [];');
    expect(code).not.toContain('UA-LINE-COMMENT');
    expect(code).not.toContain('BLOCK-COMMENT');
    expect(code).not.toContain('still comment');
    expect(code).not.toContain('UA-HTML-COMMENT');
    expect(code).not.toContain('inline');
    expect(s.scripts[0]!.src).toBe('');
  });

  it('drops inline scripts that are only comments or blank', () => {
    const s = snap('<script>// nothing here\n/* nor here */</script><script>   </script><script>go()</script>');
    expect(s.scripts.map((x) => x.text)).toEqual(['go()']);
  });

  it('ignores scripts inside HTML comments', () => {
    const s = snap('<!-- <script src="http://old.example.vn/tracker.js"></script> --><p>Nội dung</p>');
    expect(s.scripts).toEqual([]);
    expect(s.mixedContent).toEqual([]);
    expect(JSON.stringify(s)).not.toContain('tracker.js');
  });

  it('caps inline script text', () => {
    const code = 'var a = 1;\n'.repeat(5000); // 55,000 characters
    const s = snap(`<script>${code}</script>`);
    expect(s.scripts[0]!.text).toHaveLength(SNAPSHOT_LIMITS.inlineScriptChars);
    expect(code.startsWith(s.scripts[0]!.text)).toBe(true);
  });

  it('caps the number of scripts', () => {
    const many = Array.from({ length: SNAPSHOT_LIMITS.scripts + 10 }, (_, i) => `<script src="/s${i}.js"></script>`).join('');
    const s = snap(many);
    expect(s.scripts).toHaveLength(SNAPSHOT_LIMITS.scripts);
    expect(s.stats.truncated).toContain('scripts');
  });
});

describe('buildSnapshot: iframes, images, meta', () => {
  it('records iframes with resolved src and title', () => {
    const s = snap('<iframe src="/ban-do.html" title="  Bản đồ  "></iframe><iframe src="https://www.youtube.com/embed/x"></iframe>');
    expect(s.iframes).toEqual([
      expect.objectContaining({ src: 'https://dichvucong.gov.vn/ban-do.html', title: 'Bản đồ' }),
      expect.objectContaining({ src: 'https://www.youtube.com/embed/x', title: '' }),
    ]);
  });

  it('tells a missing alt (null) from an empty one', () => {
    const s = snap('<img src="a.png"><img src="b.png" alt=""><img src="c.png" alt="  Quốc huy  "><img src="d.png" alt="   ">');
    expect(s.images.map((i) => [i.src.replace('https://dichvucong.gov.vn/p/home/', ''), i.alt])).toEqual([
      ['a.png', null],
      ['b.png', ''],
      ['c.png', 'Quốc huy'],
      ['d.png', ''],
    ]);
  });

  it('records meta tags and the viewport', () => {
    const s = snap(`<head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="description" content="Cổng DVC">
      <meta property="og:title" content="DVC">
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
    </head>`);
    expect(s.viewport).toBe('width=device-width, initial-scale=1');
    expect(s.meta).toEqual([
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
      { name: 'description', content: 'Cổng DVC' },
      { name: 'og:title', content: 'DVC' },
      { name: 'Content-Security-Policy', content: "default-src 'self'" },
    ]);
  });

  it('takes the title from the first HTML <title>, not from an SVG one', () => {
    expect(snap('<body><svg><title>Biểu tượng</title></svg><p>x</p></body>').title).toBe('');
    expect(snap('<head><title>Một</title></head><body><svg><title>Hai</title></svg></body>').title).toBe('Một');
  });

  it('has a null viewport when there is none', () => {
    expect(snap('<head><meta name="description" content="x"></head>').viewport).toBeNull();
  });

  it('finds the viewport even after the meta cap', () => {
    const many = Array.from({ length: SNAPSHOT_LIMITS.meta + 20 }, (_, i) => `<meta property="og:x${i}" content="${i}">`).join('');
    const s = snap(`<head>${many}<meta name="Viewport" content="width=device-width"></head>`);
    expect(s.meta).toHaveLength(SNAPSHOT_LIMITS.meta);
    expect(s.viewport).toBe('width=device-width');
    expect(s.stats.truncated).toContain('meta');
  });
});

describe('buildSnapshot: mixed content', () => {
  const html = `
    <head>
      <link rel="stylesheet" href="http://static.example.vn/site.css">
      <link rel="canonical" href="http://dichvucong.gov.vn/">
      <link rel="stylesheet" href="https://static.example.vn/ok.css">
    </head>
    <body>
      <img src="http://static.example.vn/logo.png" alt="">
      <img src="//static.example.vn/ok.png" alt="">
      <img src="/ok.png" alt="">
      <script src="HTTP://cdn.example.vn/lib.js"></script>
      <iframe src="http://maps.example.vn/embed"></iframe>
      <a href="http://www.chinhphu.vn/">Links are not mixed content</a>
      <form action="http://dichvucong.gov.vn/dang-nhap" method="post"><input name="u"></form>
      <form action="/ok"><input name="v"></form>
    </body>`;

  it('lists http: subresources and form targets on an https page', () => {
    const s = snap(html);
    expect(s.mixedContent.map((m) => [m.tag, m.url])).toEqual([
      ['link', 'http://static.example.vn/site.css'],
      ['img', 'http://static.example.vn/logo.png'],
      ['script', 'http://cdn.example.vn/lib.js'],
      ['iframe', 'http://maps.example.vn/embed'],
      ['form', 'http://dichvucong.gov.vn/dang-nhap'],
    ]);
  });

  it('lists nothing on an http page', () => {
    expect(snap(html, HTTP_URL).mixedContent).toEqual([]);
  });

  it('counts relative URLs under an http: <base> on an https page', () => {
    const s = snap('<head><base href="http://static.example.vn/"></head><body><img src="logo.png" alt=""></body>');
    expect(s.mixedContent.map((m) => m.url)).toEqual(['http://static.example.vn/logo.png']);
  });

  it('caps mixed content and says so', () => {
    const imgs = Array.from({ length: SNAPSHOT_LIMITS.mixedContent + 5 }, (_, i) => `<img src="http://x.example.vn/${i}.png">`).join('');
    const s = snap(imgs);
    expect(s.mixedContent).toHaveLength(SNAPSHOT_LIMITS.mixedContent);
    expect(s.stats.truncated).toContain('mixedContent');
  });
});

describe('buildSnapshot: text signals', () => {
  it('keeps the own text of elements', () => {
    const s = snap('<div><h1>Cổng Dịch vụ công</h1><p>Hotline: 1800 1096</p></div>');
    expect(s.texts.map((t) => [t.tag, t.text])).toEqual([
      ['h1', 'Cổng Dịch vụ công'],
      ['p', 'Hotline: 1800 1096'],
    ]);
  });

  it('keeps "Tra cứu <b>hồ sơ</b>" as one text', () => {
    const s = snap('<p>Tra cứu <b>hồ sơ</b></p>');
    expect(s.texts.map((t) => t.text)).toContain('Tra cứu hồ sơ');
    expect(s.texts.find((t) => t.text === 'Tra cứu hồ sơ')!.tag).toBe('p');
  });

  it('de-duplicates identical texts', () => {
    const s = snap('<p>Liên hệ</p><div>Liên   hệ</div><span>Liên hệ</span><p>Khác</p>');
    expect(s.texts.map((t) => t.text)).toEqual(['Liên hệ', 'Khác']);
  });

  it('never takes script, style, noscript or template text', () => {
    const s = snap(`
      <head><style>.secret-style{color:red}</style><title>Tiêu đề</title></head>
      <body>
        <div>Xin chào <script>var secretScript = 1;</script><style>.secretInline{}</style></div>
        <noscript><p>Secret noscript: bật JavaScript</p><img src="/px.gif" alt=""></noscript>
        <template><p>Secret template</p></template>
        <select><option>Secret option</option></select>
      </body>`);
    const texts = s.texts.map((t) => t.text);
    expect(texts).toContain('Xin chào');
    for (const t of texts) expect(t).not.toMatch(/secret/i);
    // Images inside <noscript> (tracking pixels) are still kept.
    expect(s.images.map((i) => i.src)).toEqual(['https://dichvucong.gov.vn/px.gif']);
  });

  it('never keeps HTML comments anywhere', () => {
    const s = snap(`<!-- Hotline cũ: 1900 0000 -->
      <p>Trước <!-- bình luận ẩn --> sau</p>
      <a href="/x"><!-- trong liên kết -->Liên kết</a>
      <label>Tên <!-- trong nhãn --><input name="n"></label>`);
    const json = JSON.stringify(s);
    expect(json).not.toContain('Hotline cũ');
    expect(json).not.toContain('bình luận ẩn');
    expect(json).not.toContain('trong liên kết');
    expect(json).not.toContain('trong nhãn');
    expect(s.texts.map((t) => t.text)).toContain('Trước sau');
  });

  it('keeps markup-looking text as plain text', () => {
    const s = snap('<p>&lt;img src=x onerror=alert(1)&gt;</p><a href="/a">&lt;script&gt;alert(2)&lt;/script&gt;</a>');
    expect(s.texts.map((t) => t.text)).toContain('<img src=x onerror=alert(1)>');
    expect(s.links[0]!.text).toBe('<script>alert(2)</script>');
    expect(s.images).toEqual([]);
    expect(s.scripts).toEqual([]);
  });

  it('caps each text at the text limit', () => {
    const s = snap(`<p>${'Dịch vụ công '.repeat(100)}</p>`);
    expect(s.texts[0]!.text).toHaveLength(SNAPSHOT_LIMITS.textChars);
  });

  it('does not leave half of a surrogate pair at the cut', () => {
    const s = snap(`<p>${'a'.repeat(SNAPSHOT_LIMITS.textChars - 1)}😀 tail</p>`);
    const text = s.texts[0]!.text;
    expect(text).toBe('a'.repeat(SNAPSHOT_LIMITS.textChars - 1));
  });
});

describe('buildSnapshot: caps keep the head and the tail', () => {
  it('keeps the first links and the last ones (the footer) past the cap', () => {
    const n = SNAPSHOT_LIMITS.links + 100;
    const body = Array.from({ length: n }, (_, i) => `<a href="/l${i}">Liên kết ${i}</a>`).join('');
    const s = snap(`<main>${body}</main><footer><a href="tel:18001096">Tổng đài hỗ trợ</a></footer>`);
    expect(s.links).toHaveLength(SNAPSHOT_LIMITS.links);
    const head = Math.ceil(SNAPSHOT_LIMITS.links * 0.75);
    expect(s.links[0]!.href).toBe('https://dichvucong.gov.vn/l0');
    expect(s.links[head - 1]!.href).toBe(`https://dichvucong.gov.vn/l${head - 1}`);
    // The kept tail is contiguous and ends with the footer.
    const tail = SNAPSHOT_LIMITS.links - head;
    expect(s.links[head]!.href).toBe(`https://dichvucong.gov.vn/l${n + 1 - tail}`);
    expect(s.links.at(-1)).toMatchObject({ href: 'tel:18001096', text: 'Tổng đài hỗ trợ' });
    expect(s.stats.truncated).toContain('links');
  });

  it('does not report truncation at exactly the cap', () => {
    const body = Array.from({ length: SNAPSHOT_LIMITS.links }, (_, i) => `<a href="/l${i}"></a>`).join('');
    const s = snap(body);
    expect(s.links).toHaveLength(SNAPSHOT_LIMITS.links);
    expect(s.stats.truncated).not.toContain('links');
  });

  it('keeps the first texts and the last ones past the cap', () => {
    const n = SNAPSHOT_LIMITS.texts + 200;
    const body = Array.from({ length: n }, (_, i) => `<p>Đoạn ${i}</p>`).join('');
    const s = snap(`<main>${body}</main><footer><p>Địa chỉ: 80 Trần Hưng Đạo</p></footer>`);
    expect(s.texts).toHaveLength(SNAPSHOT_LIMITS.texts);
    expect(s.texts[0]!.text).toBe('Đoạn 0');
    expect(s.texts.at(-1)!.text).toBe('Địa chỉ: 80 Trần Hưng Đạo');
    expect(s.texts.at(-2)!.text).toBe(`Đoạn ${n - 1}`);
    expect(s.stats.truncated).toContain('texts');
    expect(s.stats.truncated).not.toContain('links');
  });

  it('caps images and buttons the same way', () => {
    const imgs = Array.from({ length: SNAPSHOT_LIMITS.images + 1 }, (_, i) => `<img src="/i${i}.png" alt="">`).join('');
    const btns = Array.from({ length: SNAPSHOT_LIMITS.buttons + 1 }, (_, i) => `<button>B${i}</button>`).join('');
    const s = snap(imgs + btns);
    expect(s.images).toHaveLength(SNAPSHOT_LIMITS.images);
    expect(s.images.at(-1)!.src).toBe(`https://dichvucong.gov.vn/i${SNAPSHOT_LIMITS.images}.png`);
    expect(s.buttons).toHaveLength(SNAPSHOT_LIMITS.buttons);
    expect(s.buttons.at(-1)!.text).toBe(`B${SNAPSHOT_LIMITS.buttons}`);
    expect(s.stats.truncated).toEqual(expect.arrayContaining(['images', 'buttons']));
  });
});

describe('buildSnapshot: selectors', () => {
  const html = `<!doctype html><html lang="vi"><head><title>t</title></head><body>
    <header id="dau-trang"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a></header>
    <main>
      <ul>
        <li><a href="/a1">A1</a><ul><li><a href="/a1-1">A1.1</a></li><li><a href="/a1-2">A1.2</a></li></ul></li>
        <li><a href="/a2">A2</a><span>Chú thích</span><a href="/a3">A3</a></li>
      </ul>
      <div id="dup"><div id="dup"><a href="/trong">Trong</a></div><a href="/ngoai">Ngoài</a></div>
      <div id="_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_abcdef">
        <input name="q" placeholder="Tìm kiếm">
      </div>
      <div id="j_idt12:tim.kiem"><button>Tìm</button></div>
      <div id="1-starts-with-digit"><p>Số đầu</p></div>
      <svg><linearGradient id="g"></linearGradient><a href="/svg-link"><text>Trong SVG</text></a></svg>
      <foo:bar><p>Thẻ lạ</p></foo:bar>
      <x.y><p>Thẻ có chấm</p></x.y>
      <section><img src="/1.png" alt="Một"><p>Giữa</p><img src="/2.png" alt="Hai"></section>
    </main>
    <footer><form action="/f"><label for="e">E-mail</label><input id="e" name="email"></form></footer>
  </body></html>`;

  it('gives every kept element a selector of the expected shape', () => {
    const s = snap(html);
    for (const item of allLocated(s)) expect(item.selector).toMatch(SELECTOR_SHAPE);
  });

  it('gives selectors that find exactly the kept element', () => {
    const doc = page(html);
    const s = buildSnapshot(doc, { now: NOW });
    for (const item of allLocated(s)) expect(doc.querySelectorAll(item.selector), item.selector).toHaveLength(1);
    for (const l of s.links) {
      const el = doc.querySelector(l.selector)!;
      expect(new URL(el.getAttribute('href')!, HTTPS_URL).href, l.selector).toBe(l.href);
    }
    for (const t of s.texts) {
      const el = doc.querySelector(t.selector)!;
      expect(el.localName.toLowerCase()).toBe(t.tag.toLowerCase().split(':').at(-1));
      expect(norm(el.textContent)).toContain(t.text);
    }
    for (const i of s.images) expect(doc.querySelector(i.selector)!.getAttribute('alt')).toBe(i.alt);
    for (const i of s.forms.flatMap((f) => f.inputs)) expect(doc.querySelector(i.selector)!.getAttribute('name')).toBe(i.name);
    for (const b of s.buttons) expect(norm(doc.querySelector(b.selector)!.textContent)).toBe(b.text);
  });

  it('gives distinct elements distinct selectors', () => {
    const s = snap(html);
    const selectors = [...s.links, ...s.texts.filter((t) => !s.links.some((l) => l.selector === t.selector))].map((x) => x.selector);
    expect(new Set(selectors).size).toBe(selectors.length);
  });

  it('anchors on unique ids, including Liferay- and JSF-style ones', () => {
    const s = snap(html);
    expect(s.links.find((l) => l.text === 'Trang chủ')!.selector).toBe('#dau-trang > a:nth-of-type(1)');
    expect(s.forms.flatMap((f) => f.inputs).find((i) => i.name === 'q')!.selector).toBe(
      '#_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_abcdef > input:nth-of-type(1)',
    );
    expect(s.buttons[0]!.selector).toBe('#j_idt12\\:tim\\.kiem > button:nth-of-type(1)');
    expect(s.forms[0]!.inputs[0]!.selector).toBe('#e');
    expect(s.forms[0]!.selector).toBe('html > body:nth-of-type(1) > footer:nth-of-type(1) > form:nth-of-type(1)');
  });

  it('does not anchor on a duplicated id', () => {
    const doc = page(html);
    const s = buildSnapshot(doc, { now: NOW });
    for (const text of ['Trong', 'Ngoài']) {
      const link = s.links.find((l) => l.text === text)!;
      expect(link.selector).not.toContain('#dup');
      expect(doc.querySelector(link.selector)!.textContent).toBe(text);
    }
  });

  it('keeps the case of SVG element names', () => {
    const s = snap('<svg><linearGradient><stop/></linearGradient><a href="/s"><text>x</text></a></svg>');
    expect(s.links[0]!.selector).toBe('html > body:nth-of-type(1) > svg:nth-of-type(1) > a:nth-of-type(1)');
  });

  it('is stable: the same page gives the same selectors', () => {
    expect(allLocated(snap(html)).map((x) => x.selector)).toEqual(allLocated(snap(html)).map((x) => x.selector));
  });
});

describe('buildSnapshot: output is valid data', () => {
  const html = `<!doctype html><html lang="vi"><head><title>Cổng DVC</title>
    <meta name="viewport" content="width=device-width"></head><body>
    <p>Xin chào 😀</p><a href="/a" title="A">A</a><button>B</button>
    <form><input name="x" required></form><script>var a = "x";</script>
    <iframe src="/f"></iframe><img src="http://x.example.vn/i.png"></body></html>`;

  it('validates against the schema', () => {
    const s = snap(html);
    const parsed = PageSnapshotSchema.safeParse(s);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('round-trips through JSON unchanged', () => {
    const s = snap(html);
    expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s);
  });

  it('does not change the page', () => {
    const doc = page(html);
    const before = doc.documentElement.outerHTML;
    buildSnapshot(doc, { now: NOW });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('buildSnapshot: hostile pages', () => {
  it('survives a 5,000-level DOM with selectors that stay valid and match', () => {
    const depth = 5000;
    let html = '<body>';
    for (let i = 0; i < depth; i++) html += `<div>mức ${i}`;
    html += '<form><label>Họ tên <input name="sau"></label></form><button> </button><a href="/sau"><img src="/s.png" alt="Sâu"></a>';
    const doc = page(html);
    const s = buildValidSnapshot(doc);
    expect(s.stats.elementCount).toBeGreaterThan(depth);
    const link = s.links.find((l) => l.href.endsWith('/sau'))!;
    expect(link.label).toBe('Sâu');
    const input = s.forms[0]!.inputs[0]!;
    expect(input.label).toBe('Họ tên');
    for (const item of allLocated(s)) {
      expect(item.selector.length).toBeLessThanOrEqual(600);
      expect(item.selector).toMatch(SELECTOR_SHAPE);
    }
    // The deepest element (the image) matches its selector.
    const img = deepest(doc);
    expect(img.tagName).toBe('IMG');
    expect(img.matches(s.images[0]!.selector)).toBe(true);
  });

  it('survives a 20,000-level DOM without a <title> (happy-dom reads document.title recursively)', () => {
    const doc = page(`<body>${'<div>'.repeat(20_000)}<a href="/day">Đáy</a>`);
    const s = buildValidSnapshot(doc);
    expect(s.title).toBe('');
    expect(s.links[0]!.href).toBe('https://dichvucong.gov.vn/day');
    expect(deepest(doc).matches(s.links[0]!.selector)).toBe(true);
    // happy-dom's own teardown recurses too: take the tree apart from the bottom first.
    let node: Node | null = doc.documentElement;
    while (node && node !== doc) {
      if (node.lastChild) node = node.lastChild;
      else {
        const up: Node = node.parentNode!;
        up.removeChild(node);
        node = up;
      }
    }
  });

  it('shortens a too-long selector at a step boundary, still matching the element', () => {
    let html = '<body>';
    for (let i = 0; i < 120; i++) html += '<section><div></div>';
    html += '<a href="/day">Đáy</a>';
    const doc = page(html);
    const s = buildSnapshot(doc, { now: NOW });
    const sel = s.links[0]!.selector;
    expect(sel.length).toBeLessThanOrEqual(600);
    expect(sel.length).toBeGreaterThan(500);
    expect(sel).toMatch(SELECTOR_SHAPE);
    expect(() => doc.querySelectorAll(sel)).not.toThrow();
    expect(deepest(doc).matches(sel)).toBe(true);
    expect([...doc.querySelectorAll(sel)]).toContain(deepest(doc));
  });

  it('anchors a deep element on the nearest unique id, keeping it short and exact', () => {
    let html = '<body>';
    for (let i = 0; i < 300; i++) html += i === 290 ? '<div id="khung-noi-dung">' : '<div>';
    html += '<a href="/x">X</a>';
    const doc = page(html);
    const s = buildSnapshot(doc, { now: NOW });
    const sel = s.links[0]!.selector;
    expect(sel.startsWith('#khung-noi-dung > ')).toBe(true);
    expect(doc.querySelectorAll(sel)).toHaveLength(1);
    expect(doc.querySelector(sel)).toBe(deepest(doc));
  });

  it('clips enormous attributes and text so validation never fails', () => {
    const big = (c: string) => c.repeat(10_000);
    const tag = `x${'y'.repeat(199)}`;
    const html = `<!doctype html><html lang="${big('v')}"><head>
      <title>${big('Tiêu đề ')}</title>
      <meta name="viewport" content="${big('w')}">
      <meta name="${big('n')}" content="${big('c')}">
      <link rel="stylesheet" href="http://a.example.vn/${big('s')}">
      </head><body>
      <p>${big('Văn bản ')}</p>
      <a href="/${big('h')}" aria-label="${big('l')}">${big('t')}</a>
      <a href="javascript:${big('j')}">js</a>
      <img src="/${big('i')}" alt="${big('a')}">
      <iframe src="/${big('f')}" title="${big('T')}"></iframe>
      <script src="/${big('S')}"></script>
      <button type="${big('b')}">${big('B')}</button>
      <input type="submit" value="${big('V')}">
      <form action="http://a.example.vn/${big('A')}" method="${big('m')}">
        <label for="${big('d')}">${big('L')}</label>
        <input id="${big('d')}" name="${big('N')}" type="${big('k')}" placeholder="${big('P')}" title="${big('t')}">
      </form>
      <${tag} id="${big('q')}">rác có thẻ dài</${tag}>
      <p>${'<' + 'z'.repeat(199)}</p>
      <p>&lt;${'b'.repeat(198)}&gt;</p>
      </body></html>`;
    const doc = page(html);
    const s = buildValidSnapshot(doc, { responseHeaders: { 'content-security-policy': big('p') } });
    expect(s.title).toHaveLength(400);
    expect(s.lang).toHaveLength(40);
    expect(s.viewport).toHaveLength(400);
    expect(s.links[0]!.href.length).toBeLessThanOrEqual(2000);
    expect(s.links[0]!.label).toHaveLength(400);
    expect(s.images[0]!.alt).toHaveLength(400);
    expect(s.forms[0]!.inputs[0]!.label).toHaveLength(400);
    expect(s.forms[0]!.method).toHaveLength(20);
    const junk = s.texts.find((t) => t.text === 'rác có thẻ dài')!;
    expect(junk.tag.length).toBeLessThanOrEqual(40);
    expect(junk.selector).toMatch(SELECTOR_SHAPE);
    expect(() => doc.querySelectorAll(junk.selector)).not.toThrow();
    expect(s.texts.map((t) => t.text)).toContain(`<${'b'.repeat(198)}>`);
  });

  it('clips a very long page address and host', () => {
    const url = `https://${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.vn/${'p'.repeat(5000)}`;
    const doc = page('<form><input name="x"></form><p>x</p>', 'https://dichvucong.gov.vn/');
    const s = buildValidSnapshot(doc, { url });
    expect(s.url).toHaveLength(4000);
    expect(s.host.length).toBeLessThanOrEqual(300);
    expect(s.origin.length).toBeLessThanOrEqual(400);
    expect(s.forms[0]!.action.length).toBeLessThanOrEqual(2000);
  });

  it('handles a document written without <html> or <body>', () => {
    const doc = page('<p>Chỉ một đoạn</p><a href="lien-he">Liên hệ</a>');
    const s = buildValidSnapshot(doc);
    expect(s.texts.map((t) => t.text)).toContain('Chỉ một đoạn');
    expect(s.links[0]!.href).toBe('https://dichvucong.gov.vn/p/home/lien-he');
    expect(doc.querySelector(s.links[0]!.selector)!.textContent).toBe('Liên hệ');
  });

  it('handles a document with no element at all', () => {
    const doc = page('<p>x</p>');
    doc.removeChild(doc.documentElement);
    const s = buildValidSnapshot(doc);
    expect(s.stats.elementCount).toBe(0);
    expect(s.texts).toEqual([]);
    expect(s.lang).toBe('');
    expect(s.title).toBe('');
  });

  it('handles a document whose root is not <html>', () => {
    const doc = page('<p>x</p>');
    const root = doc.createElement('div');
    root.innerHTML = '<div><p>Gốc lạ</p></div><p>Thứ hai</p>';
    doc.removeChild(doc.documentElement);
    doc.appendChild(root);
    const s = buildValidSnapshot(doc);
    expect(s.texts.map((t) => t.text)).toEqual(['Gốc lạ', 'Thứ hai']);
    for (const t of s.texts) {
      expect(t.selector.startsWith(':root > ')).toBe(true);
      expect(doc.querySelectorAll(t.selector)).toHaveLength(1);
      expect(doc.querySelector(t.selector)!.textContent).toBe(t.text);
    }
  });

  it('survives a document whose cookie getter throws', () => {
    const doc = page('<p>x</p>');
    Object.defineProperty(doc, 'cookie', {
      get() {
        throw new Error('SecurityError: sandboxed');
      },
    });
    const s = buildValidSnapshot(doc);
    expect(s.security.scriptReadableCookies).toEqual([]);
    expect(s.texts.map((t) => t.text)).toEqual(['x']);
  });

  it('lists the names, never the values, of script-readable cookies', () => {
    const doc = page('<p>x</p>');
    doc.cookie = 'phien=bi-mat-1';
    doc.cookie = 'ngon_ngu=vi';
    const s = buildValidSnapshot(doc);
    expect([...s.security.scriptReadableCookies].sort()).toEqual(['ngon_ngu', 'phien']);
    expect(JSON.stringify(s)).not.toContain('bi-mat-1');
  });
});

/** A catalogue page: a menu, a table of `rows` procedures, and a footer with contacts. */
function catalogue(rows: number): string {
  const tr = Array.from(
    { length: rows },
    (_, i) =>
      `<tr><td>${i + 1}</td><td><a href="/thu-tuc/${i}">Cấp giấy phép số ${i}</a></td><td><span>Toàn trình</span></td><td><button type="button">Nộp hồ sơ ${i}</button></td></tr>`,
  ).join('');
  return `<!doctype html><html lang="vi"><head><title>Danh mục thủ tục</title><script>var cauHinh = { tinh: 'Bình Minh' }; // cấu hình</script></head><body>
    <nav><a href="/">Trang chủ</a><a href="/tra-cuu">Tra cứu hồ sơ</a></nav>
    <main><form action="/tim"><label for="q">Tìm</label><input id="q" name="q"></form><table><tbody>${tr}</tbody></table></main>
    <footer><p>Địa chỉ: 80 Trần Hưng Đạo</p><a href="tel:18001096">Tổng đài hỗ trợ</a><img src="/emc.png" alt="Tín nhiệm mạng"></footer></body></html>`;
}

describe('buildSnapshotAsync: the same walk in slices', () => {
  it('gives exactly the snapshot buildSnapshot gives, pausing many times on the way', async () => {
    const doc = page(catalogue(400));
    let pauses = 0;
    const sliced = await buildSnapshotAsync(doc, {
      now: NOW,
      // A pause at every checkpoint: the walk is cut as finely as it can be.
      sliceMs: 0,
      yieldToPage: async () => {
        pauses++;
      },
    });
    const whole = buildSnapshot(doc, { now: NOW });
    expect(sliced).toEqual(whole);
    PageSnapshotSchema.parse(sliced);
    // About 2,800 elements and 2,000 kept entries, a checkpoint every 256.
    expect(whole.stats.elementCount).toBeGreaterThan(2800);
    expect(pauses).toBeGreaterThan(10);
  });

  it('gives the page its turn between slices (the default pause is a task of its own)', async () => {
    const doc = page(catalogue(300));
    let pageRan = 0;
    // A task the page queued before the audit, and one more after each of its turns.
    const tick = () =>
      setTimeout(() => {
        pageRan++;
        if (pageRan < 1000) tick();
      }, 0);
    tick();
    const s = await buildSnapshotAsync(doc, { now: NOW, sliceMs: 0 });
    expect(s.links.at(-1)!.href).toBe('tel:18001096');
    expect(pageRan).toBeGreaterThan(0);
  });

  it('says "elements" when the page removed the element the walk was to read next, and keeps what it read', async () => {
    const doc = page(catalogue(400));
    let pauses = 0;
    const s = await buildSnapshotAsync(doc, {
      now: NOW,
      sliceMs: 0,
      yieldToPage: async () => {
        // The first pause comes before the walk, the second after its first
        // 256 elements: inside the table (the page's bulk). The page drops it there.
        if (++pauses === 2) doc.querySelector('table')!.remove();
      },
    });
    expect(s.stats.truncated).toContain('elements');
    expect(s.links.map((l) => l.href)).toContain('https://dichvucong.gov.vn/tra-cuu');
    expect(s.stats.elementCount).toBeLessThan(buildSnapshot(page(catalogue(400)), { now: NOW }).stats.elementCount);
    PageSnapshotSchema.parse(s);
  });

  it('does not say "elements" when the page changed elsewhere', async () => {
    const doc = page(catalogue(400));
    const s = await buildSnapshotAsync(doc, {
      now: NOW,
      sliceMs: 0,
      yieldToPage: async () => {
        doc.querySelector('nav')!.append(doc.createElement('span'));
      },
    });
    expect(s.stats.truncated).not.toContain('elements');
    expect(s.texts.at(-1)!.text).toBe('Tổng đài hỗ trợ');
  });
});

describe('buildSnapshot: reads kept entries only, after the walk', () => {
  it('resolves every kept URL against the document base, even a link before <base> (as the browser does)', () => {
    const s = snap('<body><a href="truoc">Trước</a><base href="https://cdn.dichvucong.gov.vn/goc/"><a href="sau">Sau</a><img src="anh.png" alt=""></body>');
    expect(s.links.map((l) => l.href)).toEqual(['https://cdn.dichvucong.gov.vn/goc/truoc', 'https://cdn.dichvucong.gov.vn/goc/sau']);
    expect(s.images[0]!.src).toBe('https://cdn.dichvucong.gov.vn/goc/anh.png');
  });

  it('still judges relative subresources by the base on an https page (no URL parsing needed for the https case)', () => {
    const s = snap('<img src="logo.png" alt=""><img src="//cdn.example.vn/a.png" alt=""><img src="http://cdn.example.vn/b.png" alt="">');
    expect(s.mixedContent.map((m) => m.url)).toEqual(['http://cdn.example.vn/b.png']);
  });
});

describe('buildSnapshot: size budget', () => {
  it('keeps a huge page within the byte budget, trimming the middles of the long lists only', () => {
    // 4,000 distinct long texts and 3,000 long links: about 3 MB of entries under the count caps.
    const long = (i: number) => `Thủ tục hành chính số ${i}: ${'cấp giấy chứng nhận đủ điều kiện kinh doanh '.repeat(8)}`;
    const rows = Array.from({ length: 4200 }, (_, i) => `<p>${long(i)}</p><a href="/thu-tuc/${i}?${'x'.repeat(300)}">${long(i)}</a>`).join('');
    const html = `<header><a href="/dang-nhap">Đăng nhập</a><p>Cổng Dịch vụ công</p></header><main>${rows}</main>
      <footer><p>Địa chỉ: 80 Trần Hưng Đạo</p><button>Gửi phản ánh</button><img src="/emc.png" alt="Tín nhiệm mạng"></footer>`;
    const doc = page(html);
    const s = buildValidSnapshot(doc);
    const bytes = Buffer.byteLength(JSON.stringify(s));
    expect(bytes).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
    expect(bytes).toBeGreaterThan(SNAPSHOT_MAX_BYTES * 0.8);
    expect(s.stats.truncated).toEqual(expect.arrayContaining(['links', 'texts']));
    // Header and footer survive; the small lists are untouched.
    expect(s.links[0]!.href).toBe('https://dichvucong.gov.vn/dang-nhap');
    expect(s.texts.slice(0, 2).map((t) => t.text)).toEqual(['Đăng nhập', 'Cổng Dịch vụ công']);
    expect(s.texts.slice(-2).map((t) => t.text)).toEqual(['Địa chỉ: 80 Trần Hưng Đạo', 'Gửi phản ánh']);
    expect(s.buttons).toEqual([expect.objectContaining({ text: 'Gửi phản ánh' })]);
    expect(s.images).toEqual([expect.objectContaining({ alt: 'Tín nhiệm mạng' })]);
    expect(s.stats.truncated).not.toContain('buttons');
    expect(s.stats.truncated).not.toContain('images');
    // What is kept is a first part and a last part, each in page order.
    const numbers = s.links.slice(1).map((l) => Number(/thu-tuc\/(\d+)/.exec(l.href)![1]));
    const cut = numbers.findIndex((n, i) => i > 0 && n !== numbers[i - 1]! + 1);
    expect(cut).toBeGreaterThan(0);
    expect(numbers.slice(0, cut)).toEqual(numbers.slice(0, cut).map((_, i) => i));
    expect(numbers.at(-1)).toBe(4199);
  });

  it('weighs what JSON writes: escapes, emoji and lone surrogates too', () => {
    // Each text is about 2 kB of JSON for 400 characters: quotes and controls are escaped, a lone surrogate takes six bytes.
    const hostile = (i: number) => `${i} ${'"\\\u0001😀\ud800'.repeat(60)}`;
    const doc = page(Array.from({ length: 4100 }, (_, i) => `<p>${hostile(i)}</p>`).join(''));
    const s = buildSnapshot(doc, { now: NOW });
    expect(Buffer.byteLength(JSON.stringify(s))).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
    expect(s.stats.truncated).toContain('texts');
    expect(s.texts.at(-1)!.text.startsWith('4099 ')).toBe(true);
  });

  it('leaves a page under the budget whole', () => {
    const doc = page(catalogue(300));
    const s = buildSnapshot(doc, { now: NOW });
    expect(s.stats.truncated).toEqual([]);
    expect(s.links).toHaveLength(300 + 3);
  });
});

describe('block structure, control actions and inline CSS', () => {
  /** Each entry's blocks, carried over from the entry before it when omitted. */
  const chains = <T extends { blocks?: number[] }>(list: T[]) => {
    let last: number[] = [];
    return list.map((e) => ({ ...e, blocks: (last = e.blocks ?? last) }));
  };
  it('gives a label and its value in sibling elements a shared block', () => {
    const s = snap(`<footer><div class="col"><h4>Bộ phận hỗ trợ</h4><p><i class="fa fa-phone"></i> 024.3556 3462</p></div>
      <div class="col"><h4>Địa chỉ</h4><p>Số 18 Nguyễn Du</p></div></footer>`);
    const texts = chains(s.texts);
    const heading = texts.find((t) => t.text === 'Bộ phận hỗ trợ')!;
    const phone = texts.find((t) => t.text === '024.3556 3462')!;
    const other = texts.find((t) => t.text === 'Số 18 Nguyễn Du')!;
    // heading and paragraph: their own blocks differ, their container is the same column
    expect(heading.blocks![0]).not.toBe(phone.blocks![0]);
    expect(heading.blocks![1]).toBe(phone.blocks![1]);
    expect(other.blocks![1]).not.toBe(phone.blocks![1]);
  });

  it('places cells of one table row in one block, and inline parts in their paragraph', () => {
    const s = snap(`<table><tr><td>Hướng dẫn TTHC</td><td>0293.3554567</td></tr></table><p><b>Hotline:</b> <span>1900 0318</span></p>`);
    const texts = chains(s.texts);
    const [label, value] = ['Hướng dẫn TTHC', '0293.3554567'].map((t) => texts.find((x) => x.text === t)!);
    expect(label!.blocks[1]).toBe(value!.blocks[1]);
    const [b, span] = ['Hotline:', '1900 0318'].map((t) => texts.find((x) => x.text === t)!);
    expect(b!.blocks[0]).toBe(span!.blocks[0]);
    // The span shares the bold label's blocks, so it does not repeat them.
    expect(s.texts.find((x) => x.text === '1900 0318')!.blocks).toBeUndefined();
  });

  it('keeps the onclick of links and buttons', () => {
    const s = snap(`<a href="#" onclick="loginDvcqg()">Đăng nhập</a><button onclick="  ">x</button><button type="button" onclick="kySo(1)">Ký số</button>`);
    expect(s.links[0]!.action).toBe('loginDvcqg()');
    expect(s.buttons.find((b) => b.text === 'x')!.action).toBeUndefined();
    expect(s.buttons.find((b) => b.text === 'Ký số')!.action).toBe('kySo(1)');
  });

  it('keeps inline CSS without its comments, and style attributes that load something', () => {
    const s = snap(`<html><head><style>/* .old { background: url(http://a.vn/x.png) } */ .home { background-image: url(http://b.vn/bg.jpg); }</style>
      <style>   </style></head><body><div style="background:url('http://c.vn/banner.jpg')">x</div><div style="color:red">y</div></body></html>`);
    expect(s.styles!.map((x) => x.text)).toEqual(['.home { background-image: url(http://b.vn/bg.jpg); }', "background:url('http://c.vn/banner.jpg')"]);
    expect(PageSnapshotSchema.safeParse(s).success).toBe(true);
  });

  it('still reads snapshots made before blocks, actions and styles were gathered', () => {
    const s = snap('<p>x</p>');
    const old = { ...s, styles: undefined, texts: s.texts.map(({ blocks: _b, ...t }) => t) };
    delete (old as { styles?: unknown }).styles;
    expect(PageSnapshotSchema.safeParse(old).success).toBe(true);
  });
});
