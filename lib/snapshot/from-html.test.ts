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
