import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSnapshot, buildSnapshotAsync, SNAPSHOT_MAX_BYTES } from './build';
import { EXPOSURE_LIMITS, ExposureScan } from './exposures';
import { snapshotFromHtml } from './from-html';
import { PageSnapshotSchema, SNAPSHOT_LIMITS } from './schema';
import { findBySelector, SCOPE_SEPARATOR } from './selector';

const URL = 'https://dichvucong.example.gov.vn/portaldvc/home';
const NOW = new Date('2026-01-01T00:00:00Z');
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});
function happyPage(html: string): Document {
  const w = new Window({ url: URL, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  windows.push(w);
  w.document.write(html);
  return w.document as unknown as Document;
}

describe('every list of the snapshot is inside the byte budget', () => {
  it('100 forms of 200 inputs: within the budget, inputs capped and the cut reported', { timeout: 30_000 }, async () => {
    const form = (f: number) =>
      `<form action="/f${f}">${Array.from({ length: 200 }, (_, i) => `<label for="f${f}i${i}">Trường ${i} của biểu mẫu ${f}</label><input id="f${f}i${i}" name="truong_${f}_${i}" placeholder="Nhập giá trị cho trường số ${i}">`).join('')}</form>`;
    const s = await snapshotFromHtml(`<title>Biểu mẫu</title>${Array.from({ length: 100 }, (_, f) => form(f)).join('')}<footer><a href="tel:19001234">Tổng đài</a></footer>`, URL);
    expect(bytes(s)).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
    expect(s.stats.truncated).toContain('inputs');
    const inputs = s.forms.flatMap((f) => f.inputs);
    expect(inputs.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.inputs);
    // The first inputs and the last ones are kept, as for links.
    expect(inputs[0]!.name).toBe('truong_0_0');
    expect(inputs.at(-1)!.name).toBe('truong_99_199');
    expect(s.links.at(-1)!.href).toBe('tel:19001234');
  });

  it('a page with every list at its cap, every string at its longest and full of escapes: still within the budget', { timeout: 60_000 }, async () => {
    const nasty = (i: number) => `${i}"\\\u0001\u0002😀`.repeat(80);
    const parts: string[] = [];
    for (let i = 0; i < 120; i++) parts.push(`<meta name="m${i}" content="${nasty(i)}">`);
    for (let i = 0; i < 120; i++) parts.push(`<iframe src="javascript:${nasty(i)}" title="${nasty(i)}"></iframe>`);
    for (let i = 0; i < 1200; i++) parts.push(`<img src="data:${nasty(i)}" alt="${nasty(i)}"><button aria-label="${nasty(i)}"></button>`);
    for (let i = 0; i < 3500; i++) parts.push(`<a href="javascript:${nasty(i)}" title="${nasty(i)}">${nasty(i)}</a><p>${nasty(i)} p</p>`);
    for (let i = 0; i < 320; i++) parts.push(`<script>var s${i} = "${'x'.repeat(30)}"; // password = "${nasty(i).slice(0, 40)}"\n${'go();'.repeat(i === 0 ? 5000 : 50)}</script>`);
    for (let i = 0; i < 300; i++) parts.push(`<!-- api_key = "${'k'.repeat(30)}${i}" ${nasty(i)} -->`);
    for (let f = 0; f < 20; f++) parts.push(`<form action="javascript:${nasty(f)}">${Array.from({ length: 150 }, (_, i) => `<input name="${nasty(i)}" placeholder="${nasty(i)}" aria-label="${nasty(i)}">`).join('')}</form>`);
    const s = await snapshotFromHtml(`<html lang="${nasty(1)}"><title>${nasty(0)}</title>${parts.join('')}`, URL);
    expect(bytes(s)).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
    expect(PageSnapshotSchema.safeParse(s).success).toBe(true);
    expect(s.stats.truncated).toEqual(expect.arrayContaining(['links', 'texts', 'inputs', 'scripts', 'scriptText']));
  });
});

describe('limits at and past their edge', () => {
  const inputsPage = (n: number) => `<form>${Array.from({ length: n }, (_, i) => `<input name="t${i}">`).join('')}</form>`.repeat(1);
  it('inputs: exactly the cap in all is no cut; one more is', { timeout: 30_000 }, async () => {
    const many = (n: number) => Array.from({ length: Math.ceil(n / 200) }, (_, f) => `<form action="/f${f}">${Array.from({ length: Math.min(200, n - f * 200) }, (_, i) => `<input name="t${f}_${i}">`).join('')}</form>`).join('');
    const at = await snapshotFromHtml(many(SNAPSHOT_LIMITS.inputs), URL);
    expect(at.forms.flatMap((f) => f.inputs)).toHaveLength(SNAPSHOT_LIMITS.inputs);
    expect(at.stats.truncated).not.toContain('inputs');
    const past = await snapshotFromHtml(many(SNAPSHOT_LIMITS.inputs + 1), URL);
    expect(past.forms.flatMap((f) => f.inputs)).toHaveLength(SNAPSHOT_LIMITS.inputs);
    expect(past.stats.truncated).toContain('inputs');
  });

  it('inputs per form: exactly 200 is no cut; 201 is', async () => {
    expect((await snapshotFromHtml(inputsPage(200), URL)).stats.truncated).not.toContain('inputs');
    expect((await snapshotFromHtml(inputsPage(201), URL)).stats.truncated).toContain('inputs');
  });

  it('inline script code: exactly 20,000 characters is no cut; 20,001 is', async () => {
    const code = (n: number) => `var a=${'1'.repeat(n - 6)}`;
    const at = await snapshotFromHtml(`<script>${code(SNAPSHOT_LIMITS.inlineScriptChars)}</script>`, URL);
    expect(at.scripts[0]!.text).toHaveLength(SNAPSHOT_LIMITS.inlineScriptChars);
    expect(at.stats.truncated).not.toContain('scriptText');
    const past = await snapshotFromHtml(`<script>${code(SNAPSHOT_LIMITS.inlineScriptChars + 1)}</script>`, URL);
    expect(past.stats.truncated).toContain('scriptText');
  });

  it('the exposure scan: exactly its budget is no cut; one character more is', () => {
    const fake = {} as Element;
    const exact = new ExposureScan();
    for (const _ of exact.read('x'.repeat(EXPOSURE_LIMITS.scanChars), fake, 'script'));
    expect(exact.truncated).toBe(false);
    const over = new ExposureScan();
    for (const _ of over.read('x'.repeat(EXPOSURE_LIMITS.scanChars + 1), fake, 'script'));
    expect(over.truncated).toBe(true);
  });

  it('exposure excerpts: exactly the cap is no cut; one more is', () => {
    const fake = {} as Element;
    const excerpt = (i: number) => `password${i} = "v${i}"${' '.repeat(600)}`;
    const at = new ExposureScan();
    for (let i = 0; i < EXPOSURE_LIMITS.excerpts; i++) for (const _ of at.read(excerpt(i), fake, 'comment'));
    expect(at.excerpts).toHaveLength(EXPOSURE_LIMITS.excerpts);
    expect(at.truncated).toBe(false);
    for (const _ of at.read(excerpt(EXPOSURE_LIMITS.excerpts), fake, 'comment'));
    expect(at.truncated).toBe(true);
  });
});

describe('exposures: every script to its end, every comment, limits reported', () => {
  it('carries an excerpt around a secret at the end of a megabyte of script, and none of the rest', async () => {
    const s = await snapshotFromHtml(`<script>${'var a = 1;\n'.repeat(100_000)}var cfg = { client_secret: "Zx81abcdQ2w3e4r5" };</script>`, URL);
    expect(s.exposures).toHaveLength(1);
    expect(s.exposures[0]!.source).toBe('script');
    expect(s.exposures[0]!.text).toContain('client_secret: "Zx81abcdQ2w3e4r5"');
    expect(s.exposures[0]!.text.length).toBeLessThan(1000);
    // The code kept for features is cut, and says so.
    expect(s.scripts[0]!.text).toHaveLength(SNAPSHOT_LIMITS.inlineScriptChars);
    expect(s.stats.truncated).toContain('scriptText');
  });

  it('reads comments anywhere: before <html>, in <head>, in the body, after </html>', async () => {
    const s = await snapshotFromHtml('<!-- a password="p4ssw0rd-1" --><html><head><!-- api_key="k-123456789012345678" --></head><body><p>x<!-- secret = "s3cr3t-value" --></p></body></html><!-- refresh_token="r-1234567890" -->', URL);
    const texts = s.exposures.map((e) => e.text).join('\n');
    for (const v of ['p4ssw0rd-1', 'k-123456789012345678', 's3cr3t-value', 'r-1234567890']) expect(texts).toContain(v);
    expect(s.exposures.every((e) => e.source === 'comment')).toBe(true);
    expect(s.exposures.find((e) => e.text.includes('s3cr3t'))!.selector).toBe('html > body:nth-of-type(1) > p:nth-of-type(1)');
  });

  it('reports the cut when the scan budget is reached, rather than reading less in silence', () => {
    const scan = new ExposureScan();
    const fake = {} as Element;
    const huge = 'x'.repeat(EXPOSURE_LIMITS.scanChars + 10);
    for (const _ of scan.read(huge, fake, 'script'));
    expect(scan.truncated).toBe(true);
    const small = new ExposureScan();
    for (const _ of small.read('password = "abc"', fake, 'script'));
    expect(small.truncated).toBe(false);
    expect(small.excerpts).toHaveLength(1);
  });

  it('keeps within its excerpt caps and says so when a page floods it', async () => {
    const flood = Array.from({ length: 400 }, (_, i) => `<!-- password${i} = "v${i}-${'z'.repeat(20)}" ${'.'.repeat(500)} -->`).join('');
    const s = await snapshotFromHtml(flood, URL);
    expect(s.exposures.length).toBeLessThanOrEqual(EXPOSURE_LIMITS.excerpts);
    expect(s.stats.truncated).toContain('exposures');
  });
});

describe('the walk gives the page its turn inside long work on one element', () => {
  it('pauses many times while reading one script of several megabytes (not only every N elements)', async () => {
    const doc = happyPage(`<p>x</p><script>${'var a = "password";\n'.repeat(250_000)}</script>`);
    let pauses = 0;
    const s = await buildSnapshotAsync(doc, { now: NOW, sliceMs: 0, yieldToPage: async () => void pauses++ });
    expect(s.stats.elementCount).toBeLessThan(10);
    // About 5 MB read in 64 kB chunks, a checkpoint every 256 kB or so.
    expect(pauses).toBeGreaterThan(10);
  });

  it('pauses while reading a huge comment and a huge text too', async () => {
    const doc = happyPage(`<!-- ${'x'.repeat(3_000_000)} --><p>${'Dịch vụ công '.repeat(300_000)}</p>`);
    let pauses = 0;
    await buildSnapshotAsync(doc, { now: NOW, sliceMs: 0, yieldToPage: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(5);
  });
});

describe('open shadow roots and same-origin frames are read, with the host or frame in the selector', () => {
  it('reads a declarative open shadow root where it stands, not a closed one', async () => {
    const s = await snapshotFromHtml(
      `<title>Cổng</title><div id="app"><template shadowrootmode="open"><nav><a href="/tra-cuu">Tra cứu hồ sơ</a></nav></template></div>
       <div><template shadowrootmode="closed"><a href="/an">Ẩn</a></template></div><p>Sau</p>`,
      URL,
    );
    expect(s.links.map((l) => l.text)).toEqual(['Tra cứu hồ sơ']);
    expect(s.links[0]!.selector).toBe(`#app${SCOPE_SEPARATOR}nav:nth-of-type(1) > a:nth-of-type(1)`);
  });

  it('reads an <iframe srcdoc> (same origin) and not a sandboxed one', async () => {
    const s = await snapshotFromHtml(
      `<title>Cổng</title><iframe id="hotro" srcdoc="<p>Tổng đài <a href='tel:19001234'>1900 1234</a></p>"></iframe>
       <iframe sandbox srcdoc="<a href='/x'>Sandbox</a>"></iframe>`,
      URL,
    );
    expect(s.links.map((l) => l.href)).toEqual(['tel:19001234']);
    expect(s.links[0]!.selector).toBe(`#hotro${SCOPE_SEPARATOR}html > body:nth-of-type(1) > p:nth-of-type(1) > a:nth-of-type(1)`);
    expect(s.iframes).toHaveLength(2);
  });

  it('resolves links in a srcdoc frame against the page (its parent) base', async () => {
    const s = await snapshotFromHtml(`<base href="https://cdn.example.gov.vn/goc/"><iframe srcdoc="<a href='trang'>Trang</a>"></iframe>`, URL);
    expect(s.links[0]!.href).toBe('https://cdn.example.gov.vn/goc/trang');
  });

  it('gives selectors the overlay finds again, through shadow roots (live DOM)', () => {
    const doc = happyPage('<main id="m"><section></section><section></section></main>');
    const hosts = doc.querySelectorAll('section');
    const shadows = [...hosts].map((h) => h.attachShadow({ mode: 'open' }));
    shadows[0]!.innerHTML = '<div><a href="/a">A</a></div><div><a href="/b">B</a></div>';
    shadows[1]!.innerHTML = '<div><a href="/c">C</a></div>';
    const s = buildSnapshot(doc, { now: NOW });
    expect(s.links.map((l) => l.text)).toEqual(['A', 'B', 'C']);
    for (const link of s.links) {
      expect(link.selector).toContain(SCOPE_SEPARATOR);
      const found = findBySelector(doc, link.selector);
      expect(found?.el.textContent, link.selector).toBe(link.text);
    }
  });
});
