import { describe, expect, it } from 'vitest';
import { snapshotFromHtml } from './from-html';
import { PageSnapshotSchema } from './schema';

describe('snapshotFromHtml', () => {
  it('snapshots an HTML string at the given address, validated', async () => {
    const s = await snapshotFromHtml(
      '<html lang="vi"><head><title>Cổng DVC</title></head><body><a href="tra-cuu">Tra cứu</a></body></html>',
      'https://dichvucong.gov.vn/p/home.html',
      { now: new Date('2025-01-01T00:00:00Z') },
    );
    expect(PageSnapshotSchema.safeParse(s).success).toBe(true);
    expect(s.url).toBe('https://dichvucong.gov.vn/p/home.html');
    expect(s.title).toBe('Cổng DVC');
    expect(s.links[0]!.href).toBe('https://dichvucong.gov.vn/p/tra-cuu');
    expect(s.capturedAt).toBe('2025-01-01T00:00:00.000Z');
  });

  it('never runs the page scripts', async () => {
    const s = await snapshotFromHtml(
      `<title>Gốc</title><p id="p">trước</p>
       <script>document.title = 'pwned'; document.getElementById('p').textContent = 'pwned';
       document.body.insertAdjacentHTML('beforeend', '<a href="/injected">x</a>');</script>
       <img src="x" onerror="document.title='pwned-onerror'">`,
      'https://dichvucong.gov.vn/',
    );
    expect(s.title).toBe('Gốc');
    expect(s.texts.map((t) => t.text)).toContain('trước');
    expect(s.links).toEqual([]);
    expect(JSON.stringify(s.texts)).not.toContain('pwned');
  });

  it('does not throw on a hostile page and still validates', async () => {
    let html = '<title>' + 'T'.repeat(10_000) + '</title>';
    for (let i = 0; i < 3000; i++) html += '<div>';
    html += `<a href="/${'x'.repeat(10_000)}" title="${'y'.repeat(10_000)}">z</a>`;
    const s = await snapshotFromHtml(html, 'https://dichvucong.gov.vn/');
    expect(s.title).toHaveLength(400);
    expect(s.links[0]!.selector.length).toBeLessThanOrEqual(600);
  });
});

describe('snapshotFromHtml parses as browsers do', () => {
  const URL = 'https://dichvucong.example.gov.vn/portaldvc/home';

  it('reads the whole page after an inline <svg> holding <style> and <script> (icon sets do this)', async () => {
    const s = await snapshotFromHtml(
      `<!doctype html><html><head><title>Cổng</title></head><body>
       <svg width="0" height="0"><style>.a{fill:red}</style><script>var inSvg = 1;</script><symbol id="i"><path d="M0 0"/></symbol></svg>
       <a href="/dang-nhap">Đăng nhập</a>
       <script src="/js/jquery-1.4.2.min.js"></script>
       <script>var cfg = { client_secret: "Zx81abcdQ2w3e4r5t6" };</script>
       <footer><p>Tổng đài 1900 1234</p></footer></body></html>`,
      URL,
    );
    expect(s.links.map((l) => l.text)).toContain('Đăng nhập');
    expect(s.scripts.map((x) => x.src)).toContain('https://dichvucong.example.gov.vn/js/jquery-1.4.2.min.js');
    expect(s.scripts.some((x) => x.text.includes('client_secret'))).toBe(true);
    expect(s.texts.map((t) => t.text)).toContain('Tổng đài 1900 1234');
  });

  it('reads MathML with a <style> and a <title> the same way, and takes the HTML title only', async () => {
    const s = await snapshotFromHtml(
      `<title>Cổng DVC</title><math><mi>x</mi><style>a{}</style></math><svg><title>icon</title></svg><p>Hướng dẫn</p>`,
      URL,
    );
    expect(s.title).toBe('Cổng DVC');
    expect(s.texts.map((t) => t.text)).toContain('Hướng dẫn');
  });

  it('fosters stray table text and closes unclosed elements as a browser does', async () => {
    const s = await snapshotFromHtml('<table>Tra cứu hồ sơ<tr><td><a href="/a">A</td></table><p>Sau bảng', URL);
    // The stray text goes before the table, into <body>, whose whole text is then "Tra cứu hồ sơ A Sau bảng".
    expect(s.texts[0]!.text.startsWith('Tra cứu hồ sơ')).toBe(true);
    expect(s.texts.map((t) => t.text)).toContain('Sau bảng');
    expect(s.links.map((l) => l.href)).toEqual(['https://dichvucong.example.gov.vn/a']);
  });

  it('treats <noscript> as text (scripting on, as in a browser) and never reads template contents', async () => {
    const s = await snapshotFromHtml('<noscript><a href="/ns">Không script</a></noscript><template><a href="/tpl">Mẫu</a></template><a href="/ok">OK</a>', URL);
    expect(s.links.map((l) => l.href)).toEqual(['https://dichvucong.example.gov.vn/ok']);
  });
});
