import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';

/**
 * A small portal on 127.0.0.1 for the command line's crawl tests, with the
 * traps a real portal has: content that exists only after its scripts run
 * (the lookup form, the support hotline), a page listed only in a sitemap
 * that robots.txt names, a path robots.txt disallows, a link off the
 * portal, a page that never answers, a redirect loop, a redirect off the
 * portal, a 404 and a PDF. Every request is logged, so a test can prove
 * what was never asked for.
 */

export interface FixturePortal {
  origin: string;
  /** Paths requested, in order. */
  log: string[];
  /** User-Agent header of each request. */
  agents: string[];
  /** The other origin linked from the portal: its log must stay empty. */
  offPortal: { origin: string; log: string[] };
  close(): Promise<void>;
}

const page = (title: string, body: string, extraHead = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${extraHead}</head><body>${body}</body></html>`;

const FOOTER = `<footer><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Minh Hoạ</p><p>Đơn vị vận hành: Sở Thông tin và Truyền thông</p></footer>`;

export function fixturePages(origin: string, offOrigin: string): Record<string, { type: string; body: string; status?: number }> {
  const html = (body: string) => ({ type: 'text/html; charset=utf-8', body });
  return {
    '/': html(
      page(
        'Cổng Dịch vụ công tỉnh Minh Hoạ',
        `<header><h1>Cổng Dịch vụ công tỉnh Minh Hoạ</h1><nav>
          <a href="/gioi-thieu">Giới thiệu</a>
          <a href="/dich-vu/ho-so">Hồ sơ</a>
          <a href="/quan-tri/cai-dat">Quản trị</a>
          <a href="${offOrigin}/ngoai-cong">Trang ngoài cổng</a>
          <a href="/treo">Trang chậm</a>
          <a href="/vong-lap">Vòng lặp</a>
          <a href="/ra-ngoai">Chuyển ra ngoài</a>
          <a href="/khong-co">Trang đã xoá</a>
          <a href="/bieu-mau.pdf">Biểu mẫu</a>
        </nav></header>
        <main><p>Chào mừng đến với Cổng Dịch vụ công của tỉnh.</p><div id="ho-tro"></div></main>${FOOTER}
        <script src="/static/ho-tro.js"></script>`,
      ),
    ),
    '/gioi-thieu': html(page('Giới thiệu', `<main><h1>Giới thiệu</h1><p>Cổng cung cấp thông tin về thủ tục.</p><a href="/">Trang chủ</a></main>${FOOTER}`)),
    '/dich-vu/ho-so': html(page('Hồ sơ', `<main><h1>Hồ sơ</h1><div id="app">Đang tải…</div></main>${FOOTER}<script src="/static/ho-so.js"></script>`)),
    '/chi-trong-sitemap': html(
      page('Câu hỏi thường gặp', `<main><h1>Câu hỏi thường gặp</h1><p>Hỏi đáp về thủ tục hành chính.</p></main>${FOOTER}`),
    ),
    '/quan-tri/cai-dat': html(page('Quản trị', '<p>Không được phép thu thập.</p>')),
    '/static/ho-tro.js': {
      type: 'text/javascript',
      // The hotline arrives from the portal's API after the page has loaded, as on script-built portals.
      body: `fetch('/api/ho-tro.json').then(function (r) { return r.json(); }).then(function (d) {
        setTimeout(function () {
          var p = document.createElement('p');
          p.textContent = 'Tổng đài hỗ trợ: ' + d.hotline;
          document.getElementById('ho-tro').appendChild(p);
        }, 150);
      });`,
    },
    '/api/ho-tro.json': { type: 'application/json', body: JSON.stringify({ hotline: '0293.3554567' }) },
    '/static/ho-so.js': {
      type: 'text/javascript',
      body: `setTimeout(function () {
        var app = document.getElementById('app');
        app.textContent = '';
        var h = document.createElement('h2'); h.textContent = 'Tra cứu hồ sơ'; app.appendChild(h);
        var form = document.createElement('form');
        var label = document.createElement('label'); label.textContent = 'Mã hồ sơ'; label.setAttribute('for', 'ma');
        var input = document.createElement('input'); input.id = 'ma'; input.name = 'maHoSo'; input.placeholder = 'Nhập mã hồ sơ';
        var button = document.createElement('button'); button.type = 'submit'; button.textContent = 'Tìm';
        form.appendChild(label); form.appendChild(input); form.appendChild(button); app.appendChild(form);
      }, 200);`,
    },
    '/robots.txt': { type: 'text/plain', body: `User-agent: *\nDisallow: /quan-tri/\n\nSitemap: ${origin}/sitemap-index.xml\n` },
    '/sitemap.xml': {
      type: 'application/xml',
      body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${origin}/</loc></url><url><loc>${origin}/gioi-thieu</loc></url></urlset>`,
    },
    '/sitemap-index.xml': {
      type: 'application/xml',
      body: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/sitemap-trang.xml</loc></sitemap></sitemapindex>`,
    },
    '/sitemap-trang.xml': {
      type: 'application/xml',
      body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${origin}/chi-trong-sitemap</loc></url><url><loc>${origin}/quan-tri/bi-an</loc></url></urlset>`,
    },
    '/khong-co': { type: 'text/html; charset=utf-8', body: page('Không tìm thấy', '<p>Không tìm thấy trang.</p>'), status: 404 },
    '/bieu-mau.pdf': { type: 'application/pdf', body: '%PDF-1.4\n' },
  };
}

export async function startFixturePortal(): Promise<FixturePortal> {
  const offLog: string[] = [];
  const off = createServer((req, res) => {
    offLog.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Ngoài cổng', '<p>Trang của một trang web khác.</p>'));
  });
  await new Promise<void>((ok) => off.listen(0, '127.0.0.1', ok));
  const offOrigin = `http://127.0.0.1:${(off.address() as AddressInfo).port}`;

  const log: string[] = [];
  const agents: string[] = [];
  const sockets = new Set<Socket>();
  let pages: ReturnType<typeof fixturePages> = {};
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    log.push(path);
    agents.push(req.headers['user-agent'] ?? '');
    if (path === '/treo') return; // never answers
    if (path === '/vong-lap') return void res.writeHead(302, { location: '/vong-lap-2' }).end();
    if (path === '/vong-lap-2') return void res.writeHead(302, { location: '/vong-lap' }).end();
    if (path === '/ra-ngoai') return void res.writeHead(302, { location: `${offOrigin}/dich-den` }).end();
    const p = pages[path];
    if (!p) return void res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page('Không tìm thấy', '<p>404</p>'));
    res.writeHead(p.status ?? 200, { 'content-type': p.type }).end(p.body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pages = fixturePages(origin, offOrigin);
  return {
    origin,
    log,
    agents,
    offPortal: { origin: offOrigin, log: offLog },
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([new Promise((ok) => server.close(ok)), new Promise((ok) => off.close(ok))]);
    },
  };
}
