import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from '../../lib/audit/evaluate';
import { DEFAULT_PROFILE } from '../../lib/criteria';
import { addressClass, redirectRefusal, sameSite, siteOf, withoutCredentials } from '../../lib/crawl/site';
import { PortalScope } from '../../lib/crawl/scope';
import { decodeHtml, isHtmlMime, sniffBody } from '../../cli/net/decode';
import { FetchFailure, HttpClient, fetchResource } from '../../cli/net/fetch';
import { loadStaticPage, notHtmlReason, snapshotBytes } from '../../cli/net/static-page';

/**
 * The command line's fetching and reading of pages, in process, against a
 * server on 127.0.0.1: redirects stay on the site, no internal address from
 * a public page, content types parsed, bodies decoded as browsers decode
 * them, every failure with the right message.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const UA = 'DVC-Inspector/0.0.0 (+test)';
const PAGE = readFileSync(`${ROOT}/tests/fixtures/portal/tai-khoan.html`, 'utf8');

/** A string in windows-1258, as a Vietnamese legacy page stores it: base letters precomposed, tone marks combining. */
function encode1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, b);
  }
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const base = parts.length > 1 ? (table.get(`${parts[0]}${parts[1]}`.normalize('NFC')) ?? null) : null;
    const rest = base !== null ? parts.slice(2) : parts;
    if (base !== null) out.push(base);
    if (rest.every((p) => table.has(p))) for (const p of rest) out.push(table.get(p)!);
    else for (const c of Buffer.from(`&#${ch.codePointAt(0)};`, 'latin1')) out.push(c);
  }
  return Buffer.from(out);
}

let server: Server;
let base: string;
const sockets = new Set<Socket>();
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const send = (type: string | null, body: string | Buffer, status = 200) => {
      res.writeHead(status, type ? { 'content-type': type } : {});
      res.end(body);
    };
    switch (req.url) {
      case '/trang':
        return send('text/html; charset=utf-8', PAGE);
      case '/plain-profile':
        return send('text/plain; profile=html', PAGE);
      case '/json-array':
        return send('application/json', '[{"a":1}]');
      case '/khong-nhan':
        return send(null, `<!--${'x'.repeat(200_000)}-->\n${PAGE}`);
      case '/vong':
        return void res.writeHead(301, { location: '/vong-2' }).end();
      case '/vong-2':
        return void res.writeHead(301, { location: '/vong' }).end();
      case '/sang-may-khac':
        return void res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/trang` }).end();
      case '/sang-trang':
        return void res.writeHead(302, { location: '/trang' }).end();
      case '/than-treo':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<!doctype html><html><body><p>Bắt đầu…');
        return; // the body never ends
      case '/can-dang-nhap':
        if (req.headers.authorization === `Basic ${Buffer.from('canbo:mat-khau').toString('base64')}`) return send('text/html; charset=utf-8', PAGE);
        return send('text/plain', 'no', 401);
      case '/1258':
        return send('text/html', encode1258(PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1258">')));
      case '/1258-http':
        return send('text/html; charset=windows-1258', encode1258(PAGE.replace('<meta charset="utf-8">', '')));
      default:
        return send('text/html', '<p>404</p>', 404);
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((ok) => server.close(ok));
});

async function failure(p: Promise<unknown>): Promise<FetchFailure> {
  try {
    await p;
  } catch (err) {
    return err as FetchFailure;
  }
  throw new Error('expected a failure');
}

describe('where the command line may go', () => {
  it('knows a site by its registrable domain, and an IP by host and port', () => {
    expect(siteOf('dichvucong.thanhhoa.gov.vn')).toBe('thanhhoa.gov.vn');
    expect(siteOf('dichvucong.gov.vn')).toBe('dichvucong.gov.vn');
    expect(sameSite(new URL('http://thanhhoa.gov.vn/'), new URL('https://dichvucong.thanhhoa.gov.vn/'))).toBe(true);
    expect(sameSite(new URL('https://dichvucong.thanhhoa.gov.vn/'), new URL('https://dichvucong.gov.vn/'))).toBe(false);
    expect(sameSite(new URL('http://127.0.0.1:8080/'), new URL('http://127.0.0.1:9090/'))).toBe(false);
    expect(redirectRefusal(new URL('https://a.tinh.gov.vn/'), new URL('https://evil.example/'))).toMatch(/off the portal's site/);
    expect(redirectRefusal(new URL('https://a.tinh.gov.vn/'), new URL('file:///etc/passwd'))).toMatch(/file: address/);
    expect(redirectRefusal(new URL('http://a.tinh.gov.vn/'), new URL('https://a.tinh.gov.vn/'))).toBeNull();
  });

  it('classes loopback, private, link-local and mapped addresses as internal', () => {
    expect(addressClass('127.0.0.1')).toBe('loopback');
    expect(addressClass(new URL('http://2130706433/').hostname)).toBe('loopback');
    expect(addressClass('10.1.2.3')).toBe('private');
    expect(addressClass('192.168.0.1')).toBe('private');
    expect(addressClass('169.254.169.254')).toBe('link-local');
    expect(addressClass('[::1]')).toBe('loopback');
    expect(addressClass(new URL('http://[::ffff:127.0.0.1]/').hostname)).toBe('loopback');
    expect(addressClass('fe80::1')).toBe('link-local');
    expect(addressClass('203.162.4.190')).toBe('public');
    expect(addressClass('dichvucong.gov.vn')).toBeNull();
  });

  it('never echoes credentials', () => {
    expect(withoutCredentials('https://canbo:mat-khau@dichvucong.tinh.gov.vn/a')).toBe('https://dichvucong.tinh.gov.vn/a');
  });

  it('follows links only within the portal origins, to pages', () => {
    const scope = new PortalScope(['https://dichvucong.tinh.gov.vn', 'https://motcua.tinh.gov.vn']);
    expect(scope.follow('/portaldvc/tra-cuu#top', 'https://dichvucong.tinh.gov.vn/')).toBe('https://dichvucong.tinh.gov.vn/portaldvc/tra-cuu');
    expect(scope.follow('https://motcua.tinh.gov.vn/')).toBe('https://motcua.tinh.gov.vn/');
    expect(scope.follow('https://tinh.gov.vn/')).toBeNull();
    expect(scope.follow('https://dichvucong.tinh.gov.vn/bieu-mau.pdf')).toBeNull();
    expect(scope.follow('mailto:a@b.vn')).toBeNull();
  });
});

describe('fetching a page', () => {
  it('identifies itself and follows a redirect within the site', async () => {
    const res = await fetchResource(`${base}/sang-trang`, { userAgent: UA });
    expect(res.finalUrl).toBe(`${base}/trang`);
    expect(res.redirects).toEqual([`${base}/trang`]);
  });

  it('refuses a redirect off the site and says where it led', async () => {
    const f = await failure(fetchResource(`${base}/sang-may-khac`, { userAgent: UA }));
    expect(f.kind).toBe('redirect-refused');
    expect(f.message).toMatch(/redirects to http:\/\/localhost:\d+\/trang; not followed: it leads off the portal's site/);
  });

  it('refuses internal addresses when the audited page is public, including through a name', async () => {
    const publicClient = new HttpClient({ allowInternal: false });
    try {
      const literal = await failure(fetchResource(`${base}/trang`, { userAgent: UA, client: publicClient }));
      expect(literal.kind).toBe('address-refused');
      expect(literal.message).toMatch(/internal address/);
      const named = await failure(fetchResource(`http://localhost:${new URL(base).port}/trang`, { userAgent: UA, client: publicClient }));
      expect(named.kind).toBe('address-refused');
      expect(named.message).toMatch(/resolves to 127\.0\.0\.1/);
    } finally {
      await publicClient.close();
    }
    expect(requests.filter((r) => r === '/trang').length).toBeGreaterThan(0); // only the allowed fetches above reached it
  });

  it('reports a redirect loop as one', async () => {
    const f = await failure(fetchResource(`${base}/vong`, { userAgent: UA }));
    expect(f.kind).toBe('redirect-loop');
    expect(f.message).toMatch(/redirect loop/);
  });

  it('says a body that stops arriving timed out', async () => {
    const f = await failure(fetchResource(`${base}/than-treo`, { userAgent: UA, timeoutMs: 800 }));
    expect(f.kind).toBe('timeout');
    expect(f.message).toMatch(/did not finish arriving within 0\.8 s \(timed out after \d+ bytes\)/);
  });

  it('sends credentials from the address to that origin, and never shows them', async () => {
    const u = new URL(`${base}/can-dang-nhap`);
    u.username = 'canbo';
    u.password = 'mat-khau';
    const res = await fetchResource(u.href, { userAgent: UA });
    expect(res.status).toBe(200);
    expect(res.requestedUrl).not.toContain('mat-khau');
    u.password = 'sai';
    const f = await failure(fetchResource(u.href, { userAgent: UA }));
    expect(f.message).not.toContain('sai@');
    expect(f.message).toContain(`${base}/can-dang-nhap answered HTTP 401`);
  });
});

describe('what a body is', () => {
  it('parses content types instead of matching substrings', () => {
    expect(isHtmlMime('text/html; charset=utf-8')).toBe(true);
    expect(isHtmlMime('TEXT/HTML')).toBe(true);
    expect(isHtmlMime('text/plain; profile=html')).toBe(false);
    expect(isHtmlMime('application/xhtml+xml')).toBe(true);
    expect(notHtmlReason(Buffer.from(PAGE), 'text/plain; profile=html')).toBe('is not an HTML page (content-type text/plain; profile=html)');
    expect(notHtmlReason(Buffer.from('[1,2]'), 'application/json')).toMatch(/is JSON, not an HTML page/);
  });

  it('sniffs unlabelled bodies as browsers do', () => {
    expect(sniffBody(Buffer.from(`<!--${'x'.repeat(200_000)}--><html></html>`)).kind).toBe('html');
    expect(sniffBody(Buffer.from('%PDF-1.4\n\u0000\u0001')).kind).toBe('binary');
    expect(sniffBody(Buffer.from('  [ {"a": 1} ]')).kind).toBe('json');
    expect(notHtmlReason(Buffer.from('%PDF-1.4\n\u0000'), null)).toMatch(/binary data: a control byte at offset 9/);
  });

  it('loads an unlabelled page that starts with a 200,000-character comment', async () => {
    const page = await loadStaticPage(`${base}/khong-nhan`, { userAgent: UA, timeoutMs: 5000 });
    expect(page.snapshot.title).toBeTruthy();
  });

  it('refuses text/plain; profile=html and JSON with their own message', async () => {
    await expect(loadStaticPage(`${base}/plain-profile`, { userAgent: UA, timeoutMs: 5000 })).rejects.toThrow(/is not an HTML page \(content-type text\/plain; profile=html\)/);
    await expect(loadStaticPage(`${base}/json-array`, { userAgent: UA, timeoutMs: 5000 })).rejects.toThrow(/is JSON, not an HTML page/);
  });
});

describe('decoding as browsers do', () => {
  it('takes the BOM, then the HTTP charset, then <meta charset>, then UTF-8 or windows-1258', () => {
    const vi = 'Tra cứu hồ sơ';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<p>${vi}</p>`, 'utf16le')]);
    expect(decodeHtml(utf16).text).toBe(`<p>${vi}</p>`);
    expect(decodeHtml(utf16).encoding).toBe('UTF-16LE');
    const legacy = encode1258(`<meta charset="windows-1258"><p>${vi}</p>`);
    expect(decodeHtml(legacy).text.normalize('NFC')).toContain(vi);
    expect(decodeHtml(encode1258(`<p>${vi}</p>`), 'text/html; charset=windows-1258').encoding).toBe('windows-1258');
    expect(decodeHtml(encode1258(`<p>${vi}</p>`)).encoding).toBe('windows-1258'); // not UTF-8, nothing declared
    expect(decodeHtml(Buffer.from(`<p>${vi}</p>`)).encoding).toBe('UTF-8');
  });

  it('reads declared UTF-8 with invalid bytes with replacement characters, and says so', async () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>Tra c'), Buffer.from([0xff, 0xfe]), Buffer.from('u</p>')]);
    const read = await snapshotBytes(bytes, 'https://dichvucong.tinh.gov.vn/', { label: 'trang.html' });
    expect(read.warnings[0]).toMatch(/trang\.html is declared UTF-8 but is not valid UTF-8 \(first bad byte at offset 30\)/);
  });

  it('reads a page with a NUL byte in its text as a browser does', async () => {
    const read = await snapshotBytes(Buffer.from(PAGE.replace('</body>', '<p>a\u0000b</p></body>')), 'https://dichvucong.tinh.gov.vn/', { label: 't' });
    expect(read.snapshot.title).toBeTruthy();
  });

  it('gives a Vietnamese page in windows-1258 the same findings as its UTF-8 twin', async () => {
    const url = 'https://dichvucong.vidu.gov.vn/portaldvc/tai-khoan';
    const utf8 = await loadStaticPage(`${base}/trang`, { userAgent: UA, timeoutMs: 5000 });
    const states = (s: typeof utf8.snapshot) =>
      Object.fromEntries(Object.entries(auditPage({ ...s, url }, DEFAULT_PROFILE.criteria).findings).map(([id, f]) => [id, f.state]));
    const expected = states(utf8.snapshot);
    expect(Object.values(expected).filter((s) => s === 'met').length).toBeGreaterThan(3);
    for (const path of ['/1258', '/1258-http']) {
      const legacy = await loadStaticPage(`${base}${path}`, { userAgent: UA, timeoutMs: 5000 });
      expect(legacy.encoding).toBe('windows-1258');
      expect(states(legacy.snapshot)).toEqual(expected);
      expect(legacy.snapshot.title.normalize('NFC')).toBe(utf8.snapshot.title);
    }
  });
});

describe("the platforms' routes a crawl tries", () => {
  it('are routes the platform signatures recognise, of the kind they are listed as', async () => {
    const { PLATFORM_ROUTES, platformRoutes } = await import('../../lib/crawl/routes');
    const { SIGNATURES, routes } = await import('../../lib/criteria/platforms');
    for (const p of PLATFORM_ROUTES) {
      expect(SIGNATURES.some((s) => s.id === p.platform), p.platform).toBe(true);
      for (const r of p.routes) expect(routes(r.kind)(`https://dichvucong.tinh.gov.vn${r.path}`), `${r.path} as ${r.kind}`).toBe(true);
    }
    expect(platformRoutes()).toContain('/portaldvc/danh-muc-tthc');
    expect(platformRoutes()).toContain('/vi/dossier/search');
  });
});
