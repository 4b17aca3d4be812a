import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes, SIGNATURES } from '../../lib/criteria/platforms';
import { viewOf } from '../../lib/criteria/views';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import { judge, portalHtml } from './support/criteria';

const view = async (body: string, url: string, head = '') => viewOf(await snapshotFromHtml(portalHtml(body, head), url));
const typeOf = async (body: string, url: string, head = '') => (await view(body, url, head)).pageType.type;
const CORPUS = join(__dirname, '../fixtures/corpus');
const corpusPage = async (file: string, url: string) => viewOf(await snapshotFromHtml(readFileSync(join(CORPUS, 'pages', file), 'utf8'), url));

describe('page types', () => {
  it.each([
    ['https://dichvucong.quangngai.gov.vn/vi/', 'home'],
    ['https://dichvucong.dongthap.gov.vn/web/cong-dich-vu-cong-tinh-dong-thap', 'home'],
    ['https://dichvucong.thanhhoa.gov.vn/portaldvc/home', 'home'],
    ['https://dichvucong.quangngai.gov.vn/vi/procedure/search', 'catalogue'],
    ['https://dichvucong.thanhhoa.gov.vn/portaldvc/danh-muc-tthc', 'catalogue'],
    ['https://dichvucong.quangngai.gov.vn/vi/procedure/detail/61ef', 'procedure'],
    ['https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001234', 'procedure'],
    ['https://dichvucong.quangngai.gov.vn/vi/dossier/search', 'lookup'],
    ['https://dichvucong.haugiang.gov.vn/web/cong-dich-vu-cong-tinh-hau-giang/tracuu-ho-so', 'lookup'],
    ['https://dichvucong.example.gov.vn/portaldvc/ho-so-ca-nhan/dvc-cua-toi', 'my-dossiers'],
    ['https://dichvucong.example.gov.vn/portaldvc/thong-ke', 'statistics'],
    ['https://dichvucong.example.gov.vn/portaldvc/pakn-dvc-tinh', 'support'],
    ['https://dichvucong.example.gov.vn/lien-he', 'support'],
    ['https://dichvucong.example.gov.vn/tin-tuc/bai-viet-12', 'other'],
  ])('%s is a %s page by its address', async (url, type) => {
    expect(await typeOf('<p>Nội dung</p>', url)).toBe(type);
  });

  it('reads headings, titles and forms where the address says nothing', async () => {
    const url = 'https://dvc.example.gov.vn/Default.aspx?tabid=93';
    expect(await typeOf('<h2>Tra cứu hồ sơ</h2><form><input placeholder="Nhập mã hồ sơ"></form>', url)).toBe('lookup');
    expect(await typeOf('<form><input name="u"><input type="password" name="p"></form>', url)).toBe('sign-in');
    expect(await typeOf('<table><tr><th>STT</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr></table>', url)).toBe('catalogue');
    const parts = ['Mã thủ tục', 'Trình tự thực hiện', 'Cách thức thực hiện', 'Thành phần hồ sơ', 'Căn cứ pháp lý'].map((p) => `<tr><td>${p}</td><td>…</td></tr>`);
    expect(await typeOf(`<table>${parts.join('')}</table>`, url)).toBe('procedure');
  });

  it('does not take a dossier-code field of a signed-in page for the public lookup', async () => {
    const url = 'https://dvc.example.gov.vn/Default.aspx?tabid=120';
    expect(await typeOf('<a href="/dang-xuat">Đăng xuất</a><form><input placeholder="Nhập mã hồ sơ"></form>', url)).not.toBe('lookup');
  });

  it('types the real pages of the corpus as an inspector would', async () => {
    const p = (await corpusPage('oep-danh-sach-thu-tuc.html', 'https://dichvucong.danang.gov.vn/web/guest/thu-tuc-hanh-chinh')).pageType;
    expect(p.type).toBe('catalogue');
    expect(p.signals.length).toBeGreaterThan(0);
    expect((await corpusPage('oep-cmon-tra-cuu-ho-so.html', 'https://motcua.danang.gov.vn/web/guest/tra-cuu-ho-so')).pageType.type).toBe('lookup');
    expect((await corpusPage('oep-dang-ky-truc-tuyen.html', 'https://dichvucong.danang.gov.vn/web/guest/dang-ky-truc-tuyen?p_p_id=x')).pageType.type).toBe('submission');
  });
});

describe('criteria use the page type', () => {
  it('a search inside "my dossiers" is not the procedure search (TC-03)', async () => {
    const body = '<h2>Dịch vụ công của tôi</h2><form><input placeholder="Từ khóa"><select name="linhVuc"></select></form>';
    expect((await judge('TC-03', body, 'https://dvc.example.gov.vn/portaldvc/ho-so-ca-nhan/dvc-cua-toi')).state).not.toBe('met');
    expect((await judge('TC-03', body.replace('Dịch vụ công của tôi', 'Danh mục thủ tục hành chính'), 'https://dvc.example.gov.vn/portaldvc/danh-muc-tthc')).state).toBe('met');
  });

  it('a maSo field on a signed-in page is not the public lookup (TC-01)', async () => {
    const signedIn = await judge('TC-01', '<a href="/dang-xuat">Đăng xuất</a><form><input name="maSo" placeholder="Mã hồ sơ"></form>');
    expect(signedIn.state).toBe('not_met');
    expect((await judge('TC-01', '<form><input name="maSo" placeholder="Mã hồ sơ"></form>')).state).toBe('met');
  });

  it('says which page to open for a criterion only a procedure page shows (CK-02, CK-04, TTTT-05)', async () => {
    for (const id of ['CK-02', 'CK-04', 'TTTT-05']) {
      const f = await judge(id, '<p>Trang chủ</p>');
      expect(f.state, id).toBe('not_checked');
      expect(f.message?.vi, id).toContain('trang chi tiết thủ tục');
    }
  });
});

describe('platforms as data', () => {
  it('names VNPT iGate from two signals (its routes and its SSO realm), not from one', async () => {
    const igate = await view(
      '<a href="/vi/procedure/search">Thủ tục</a><a href="https://ssodvc.example.gov.vn/auth/realms/digo/protocol/openid-connect/auth?client_id=web-padsvc">Đăng nhập</a>',
      'https://dichvucong.example.gov.vn/vi/procedure/search',
    );
    expect(igate.platforms.map((p) => p.id)).toContain('vnpt-igate');
    const once = await view('<a href="/vi/procedure/search">Thủ tục</a>', 'https://dichvucong.example.gov.vn/');
    expect(once.platforms.map((p) => p.id)).not.toContain('vnpt-igate');
  });

  it('does not take another portal\'s routes linked from a commune site for the site\'s platform', async () => {
    const v = await view(
      '<a href="https://dichvucong.quangnam.gov.vn/vi/procedure/search">Bộ TTHC</a><a href="https://dichvucong.quangnam.gov.vn/vi/dossier/public-qni">Tra cứu</a>',
      'https://tabhing.namgiang.quangnam.gov.vn/',
    );
    expect(v.platforms.map((p) => p.id)).not.toContain('vnpt-igate');
  });

  it('names OpenCPS over the Liferay it runs on, and Liferay + OEP portlets', async () => {
    const opencps = await view('<p>Phát triển trên nền OpenCPS</p>', 'https://dvc.example.gov.vn/', '<script src="/o/opencps-store/js/cli/login/app/js/app.js"></script>');
    expect(opencps.platforms.map((p) => p.id)).toEqual(['opencps']);
    const oep = await corpusPage('oep-danh-sach-thu-tuc.html', 'https://dichvucong.danang.gov.vn/web/guest/thu-tuc-hanh-chinh');
    expect(oep.platforms.map((p) => p.name)).toEqual(['Liferay + OEP']);
    const liferay = await corpusPage('lr6-xuyenmoc-trang-chu.html', 'https://xuyenmoc.gov.vn/trang-chu');
    expect(liferay.platforms.map((p) => p.id)).toEqual(['liferay']);
  });

  it('names the portaldvc stack, the national portal, EMC, VNeID and signing providers', async () => {
    const react = await view('<a href="/portaldvc/tra-cuu">Tra cứu</a>', 'https://dichvucong.example.gov.vn/portaldvc/home', '<script>var api = "https://apidvc.example.gov.vn/api";</script>');
    expect(react.platforms.map((p) => p.id)).toContain('portaldvc');
    const national = await view('<a href="/p/home/dvc-tra-cuu-ho-so.html">Tra cứu</a>', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html');
    expect(national.platforms.map((p) => p.id)).toContain('dvcqg');
    const emc = await view('<p>x</p>', 'https://dvc.example.gov.vn/', "<script>var _govaq = window._govaq || []; _govaq.push(['setSiteId', '60']);</script><script src=\"https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js\"></script>");
    expect(emc.platforms.map((p) => p.id)).toContain('emc');
    const vneid = await view('<a href="https://sso.dancuquocgia.gov.vn/auth?client_id=x">Đăng nhập bằng VNeID</a>', 'https://dvc.example.gov.vn/dang-nhap');
    expect(vneid.platforms.find((p) => p.id === 'vneid')).toMatchObject({ category: 'identity' });
    const smartca = await view('<h4>Thông tin ký số</h4><label>Nhà cung cấp</label><span>VNPT SmartCA</span>', 'https://dvc.example.gov.vn/nop-ho-so', '<script>var sca = "https://gwsca.vnpt.vn/sca/sp769";</script>');
    expect(smartca.platforms.map((p) => p.id)).toContain('vnpt-smartca');
  });

  it('keeps every platform-known route with its signature', () => {
    expect(routes('lookup')('https://x.gov.vn/vi/dossier/search')).toBe(true);
    expect(routes('lookup')('https://x.gov.vn/portaldvc/tra-cuu')).toBe(true);
    expect(routes('lookup')('https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html')).toBe(true);
    expect(routes('statistics')('https://x.gov.vn/portaldvc/thong-ke-truy-cap')).toBe(false);
    for (const s of SIGNATURES) {
      expect(s.signals.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.signals.reduce((sum, x) => sum + x.confidence, 0), s.id).toBeGreaterThanOrEqual(100);
    }
  });
});

describe('application shells', () => {
  it('detects the Angular and React shells of the corpus, and not a page with content', async () => {
    expect((await corpusPage('igate-angular-shell.html', 'https://dichvucong.quangngai.gov.vn/vi/')).appShell?.bundles.join(' ')).toMatch(/main\.a2d4f3c9e1b07f8e5d21\.js/);
    expect((await corpusPage('react-cra-shell.html', 'https://giaoviec.nuicam.angiang.gov.vn/')).appShell).not.toBeNull();
    expect((await corpusPage('commune-tabhing-trang-chu.html', 'https://tabhing.namgiang.quangnam.gov.vn/')).appShell).toBeNull();
    // An empty page without bundles is judged as it is.
    expect((await view('', 'https://dvc.example.gov.vn/')).appShell).toBeNull();
  });

  it('leaves content criteria not checked on a shell and names the bundles, but still judges its head', async () => {
    const html = readFileSync(join(CORPUS, 'pages/igate-angular-shell.html'), 'utf8');
    const { auditPage } = await import('../../lib/audit/evaluate');
    const { DEFAULT_PROFILE } = await import('../../lib/criteria');
    const audit = auditPage(await snapshotFromHtml(html, 'https://dichvucong.quangngai.gov.vn/vi/'), DEFAULT_PROFILE);
    expect(audit.warnings).toEqual(['app-shell']);
    const states = Object.values(audit.findings).map((f) => f.state);
    expect(states.filter((s) => s === 'not_met').length).toBeGreaterThan(0);
    for (const id of ['CK-08', 'HT-05', 'TC-01', 'TK-01', 'HT-01', 'CK-10']) {
      expect(audit.findings[id]!.state, id).toBe('not_checked');
      expect(audit.findings[id]!.message?.vi, id).toMatch(/khung ứng dụng/);
    }
    // Transport, head and libraries are in the shell's own markup.
    expect(audit.findings['TT-09']!.state).toBe('met');
    expect(audit.findings['AT-09']!.state).toBe('not_met');
  });
});
