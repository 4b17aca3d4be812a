import { describe, expect, it } from 'vitest';
import { auditPage } from '../../lib/audit/evaluate';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { inlineMixedContent } from '../../lib/criteria/mixed';
import { masked, secretsIn, secretsInUrls } from '../../lib/criteria/secrets';
import { viewOf } from '../../lib/criteria/views';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import { judge, portalHtml } from './support/criteria';

describe('secrets in inline code and addresses, masked', () => {
  it('finds a Matomo token_auth in a config object and in a request address (real OpenCPS pattern)', () => {
    const code = `var data = { "module": "API", "token_auth": "bc959a4604e178dd1cf61e5d9ab7b2b7" };
      xhr.open("GET", "https://thongke.opencps.vn/?module=API&method=Live.getCounters&idSite=3&token_auth=bc959a4604e178dd1cf61e5d9ab7b2b7")`;
    const found = secretsIn(code);
    expect(found).toEqual([{ text: 'token_auth = "bc95…" (32)', weak: false }]);
  });

  it.each([
    ['var cfg = { api_key: "k7Hq9Lm2Np4Rs6Tv8Wx0" }', 'api_key = "k7Hq…" (20)'],
    ['fetch("https://api.example.vn/x?access_token=eyJ0eXAiOiJKV1QiLCJhbGciOi")', 'access_token = "eyJ0…" (26)'],
    ['const ADMIN_PASSWORD = "Hieu@1990";', 'ADMIN_PASSWORD = "Hi…" (9)'],
    ['var u = "ftp://backup:S3cretPw@files.example.gov.vn/db"', 'backup:password@ = "S3…" (8)'],
    ['var t = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"', 'JWT = "eyJh…" (92)'],
  ])('finds %s', (code, text) => {
    expect(secretsIn(code).map((f) => f.text)).toContain(text);
  });

  it('finds a private key block without showing it', () => {
    const f = secretsIn('var k = "-----BEGIN RSA PRIVATE KEY-----\\nMIIEow…";');
    expect(f.map((x) => x.text)).toEqual(['-----BEGIN … PRIVATE KEY----- (masked)']);
  });

  it('takes a Google browser key as weak (public by design, to be restricted)', () => {
    expect(secretsIn('loadMap("AIzaSyA1234567890abcdefghijklmnopqrstuv")')).toEqual([{ text: 'AIza key = "AIza…" (39)', weak: true }]);
  });

  it.each([
    'var i18n = { password: "Mật khẩu", passwordField: "txtPassword" }',
    'rules: { password: "required" }',
    'var c = { client_secret: "${CLIENT_SECRET}", password: "********" }',
    '<meta name="csrf-token" content="Jx1p0m5yBv7w0yQeC3u2kFhV8sLr4ZaTn6dEgH9c">',
  ])('does not take %s', (code) => {
    expect(secretsIn(code)).toEqual([]);
  });

  it('masks at most four characters and never more than a quarter', () => {
    expect(masked('k', 'abcdefgh')).toBe('k = "ab…" (8)');
    expect(secretsInUrls('https://x.vn/?api_key=short')).toEqual([]);
  });

  it('stays linear on hostile input (long runs that almost match)', () => {
    const hostile = `${'password'.repeat(5000)} = "${'x'.repeat(50_000)} ${'eyJ'.repeat(20_000)}. ${'A'.repeat(50_000)}:${'b'.repeat(50_000)}@`;
    const started = Date.now();
    secretsIn(hostile);
    secretsInUrls(hostile);
    // Generous: a quadratic pattern takes minutes here.
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('fails AT-07 on the token, and not on the CSRF meta tag', async () => {
    const f = await judge('AT-07', '', undefined, '<script>var p = { "token_auth": "1811b03abf29e86ee2532678d70b31b0" };</script>');
    expect(f.state).toBe('not_met');
    expect(f.evidence[0]!.text).toBe('token_auth = "1811…" (32)');
    expect(f.message?.en).toMatch(/1 secret-looking value/);
    expect((await judge('AT-07', '<p>x</p>', undefined, '<meta name="csrf-token" content="Jx1p0m5yBv7w0yQeC3u2kFhV8sLr4ZaTn6dEgH9c">')).state).toBe('met');
  });
});

describe('insecure resources loaded from inline CSS and code', () => {
  const snap = (body: string, head = '', url = 'https://dichvucong.example.gov.vn/') => snapshotFromHtml(portalHtml(body, head), url);

  it('takes url(http://…) and @import in a <style> and in a style attribute (real OpenCPS pattern)', async () => {
    const s = await snap(
      '<div style="background:url(\'http://c.example.vn/banner.jpg\')">x</div>',
      '<style>.home { background-image: url(http://hanhchinhcong.phutho.gov.vn/o/parent-opencps-vue/images/bg-home.jpg); } @import url("http://a.example.vn/x.css");</style>',
    );
    expect(inlineMixedContent(viewOf(s)).map((c) => `${c.how} ${c.url}`)).toEqual([
      'css url() http://hanhchinhcong.phutho.gov.vn/o/parent-opencps-vue/images/bg-home.jpg',
      'css url() http://a.example.vn/x.css',
      'css url() http://c.example.vn/banner.jpg',
    ]);
  });

  it('takes a script source set in code, document.write and tracker requests (real EMC pattern)', async () => {
    const s = await snap(
      '',
      `<script>(function () { _govaq.push(['setTrackerUrl', 'http://f-emc.ngsp.gov.vn/tracking']); var g = document.createElement('script'); g.src = 'http://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js'; })();
        document.write('<script src="http://cdn.example.vn/old.js"><\\/script>');</script>`,
    );
    expect(inlineMixedContent(viewOf(s)).map((c) => c.how).sort()).toEqual(['document.write', 'request', 'script .src']);
  });

  it('ignores commented-out CSS, https, relative addresses and http pages', async () => {
    expect(inlineMixedContent(viewOf(await snap('', '<style>/* .x { background: url(http://a.vn/a.png) } */ .y { background: url(/b.png) } .z { background: url(https://c.vn/c.png) }</style>')))).toEqual([]);
    expect(inlineMixedContent(viewOf(await snap('', '<style>.y { background: url(http://a.vn/b.png) }</style>', 'http://dvc.example.gov.vn/')))).toEqual([]);
  });

  it('fails GD-01 and AT-09 on them', async () => {
    const page = await snap('', '<style>.home { background-image: url(http://hanhchinhcong.phutho.gov.vn/bg-home.jpg); }</style>');
    const audit = auditPage(page, DEFAULT_PROFILE);
    expect(audit.findings['GD-01']!.state).toBe('not_met');
    expect(audit.findings['GD-01']!.evidence[0]!.text).toBe('css url() http://hanhchinhcong.phutho.gov.vn/bg-home.jpg');
    expect(audit.findings['AT-09']!.state).toBe('not_met');
  });
});

describe('hostile pages', () => {
  it('runs every check on long near-matching runs in bounded time', async () => {
    const run = (s: string, n: number) => s.repeat(n);
    const body =
      `<p>${run('0', 390)}</p><p>${run('1.', 190)}</p><p>${run('. ', 190)}x</p><p>Điện thoại: ${run('0.', 180)}</p>` +
      `<p>Địa chỉ: ${run('9 a, ', 70)}</p><p>${run('a@', 190)}</p><p>© ${run('© ', 190)}</p><p>${run('Mức độ ', 50)}</p>` +
      `<a href="https://x.vn/${run('jquery-1.', 200)}">x</a>`;
    const head = `<script>${run('function a(){', 2000)}${run('"', 3000)} var s = "${run('http://', 500)}"; ${run('token_auth=', 1000)}</script><style>${run('url(http://', 1500)}</style>`;
    const page = await snapshotFromHtml(portalHtml(body, head), 'https://dichvucong.example.gov.vn/');
    const started = Date.now();
    const audit = auditPage(page, DEFAULT_PROFILE);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(Object.values(audit.findings).some((f) => f.state === 'error')).toBe(false);
  });
});

describe('code nothing calls loads nothing', () => {
  it('does not take an http:// source set inside a function no control or code calls', async () => {
    const page = await snapshotFromHtml(
      portalHtml('<a href="/x">x</a>', "<script>function napCu() { var g = document.createElement('script'); g.src = 'http://cdn.example.vn/cu.js'; }</script>"),
      'https://dichvucong.example.gov.vn/',
    );
    expect(inlineMixedContent(viewOf(page))).toEqual([]);
    const called = await snapshotFromHtml(
      portalHtml('<button onclick="napCu()">Tải</button>', "<script>function napCu() { var g = document.createElement('script'); g.src = 'http://cdn.example.vn/cu.js'; }</script>"),
      'https://dichvucong.example.gov.vn/',
    );
    expect(inlineMixedContent(viewOf(called)).map((c) => c.url)).toEqual(['http://cdn.example.vn/cu.js']);
  });
});
