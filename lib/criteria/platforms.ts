import { normalizeVi } from '../text/vietnamese';
import { urls, type UrlTest } from './match';
import type { Localized } from './types';
import type { PageView } from './views';

/**
 * Platforms and integrations as data, in the style of Wappalyzer's
 * technology files: each signature lists signals (script and link
 * addresses, inline code, page address, visible words, frames, images),
 * each with a confidence; a signature matches when at least two of its
 * signals do and their confidences add up to 100. False positives are what
 * users of such tools complain about most, hence the two signals.
 *
 * The routes a platform keeps its functions at (its lookup, its catalogue…)
 * live with its signature; checks ask for `routes(kind)` instead of keeping
 * their own lists.
 */

export type PlatformCategory = 'platform' | 'integration' | 'identity' | 'signing' | 'monitoring';

export type RouteKind =
  | 'home'
  | 'catalogue'
  | 'procedure'
  | 'lookup'
  | 'signIn'
  | 'signUp'
  | 'payment'
  | 'feedback'
  | 'satisfaction'
  | 'statistics'
  | 'guide'
  | 'faq'
  | 'personal'
  | 'myDossiers'
  | 'submission'
  | 'config';

type Pattern = string | RegExp;

interface Signal {
  /** What is read: the page address, same-site links, any link, script addresses, inline code, visible words, frames, images. */
  kind: 'pageUrl' | 'siteLink' | 'link' | 'scriptSrc' | 'code' | 'text' | 'iframe' | 'image';
  pattern: Pattern;
  confidence: number;
  /** What the signal is, for the evidence list ("script /o/opencps-store/…"). */
  says: string;
}

export interface Signature {
  id: string;
  name: string;
  category: PlatformCategory;
  /** Ids of signatures this one implies (OpenCPS runs on Liferay): only the most specific is named. */
  implies?: readonly string[];
  signals: readonly Signal[];
  routes?: Partial<Record<RouteKind, readonly Pattern[]>>;
  description: Localized;
}

export const SIGNATURES: readonly Signature[] = [
  {
    id: 'vnpt-igate',
    name: 'VNPT iGate',
    category: 'platform',
    description: { vi: 'Nền tảng một cửa điện tử VNPT iGate (Angular, SSO Keycloak realm "digo")', en: 'VNPT iGate one-stop platform (Angular, Keycloak realm "digo")' },
    signals: [
      { kind: 'pageUrl', pattern: /^https?:\/\/[^/]+\/vi\/(?:procedure|dossier|home|my-dossier)(?:[/?#]|$)/i, confidence: 40, says: 'route /vi/procedure|dossier' },
      { kind: 'pageUrl', pattern: /^https?:\/\/[^/]*vnptigate\.vn(?:[:/]|$)/i, confidence: 60, says: 'host *.vnptigate.vn' },
      { kind: 'siteLink', pattern: /\/vi\/(?:procedure|dossier)\//i, confidence: 40, says: 'links /vi/procedure|dossier/' },
      { kind: 'link', pattern: /\/auth\/realms\/digo\//i, confidence: 60, says: 'SSO realm digo' },
      { kind: 'link', pattern: /^https?:\/\/[^/]*vnptigate\.vn(?:[:/]|$)/i, confidence: 40, says: 'links to *.vnptigate.vn' },
      { kind: 'code', pattern: /realms\/digo|vnptigate\.vn|apiigate\./i, confidence: 50, says: 'iGate configuration in code' },
      { kind: 'scriptSrc', pattern: /vnptigate|apiigate\./i, confidence: 50, says: 'iGate script' },
      { kind: 'scriptSrc', pattern: /\/(?:runtime|polyfills|main)[.-][0-9a-f]{16,20}\.js(?:[?#]|$)/i, confidence: 30, says: 'Angular bundles' },
    ],
    routes: {
      home: [/\/vi\/?(?:home)?(?:[?#]|$)/i],
      catalogue: ['/vi/procedure/search', '/procedure/search'],
      procedure: ['/vi/procedure/detail', '/procedure/detail'],
      lookup: ['/vi/dossier/search', '/dossier/search', '/dossier/public'],
      myDossiers: ['/vi/my-dossier', '/vi/dossier/my'],
      config: ['/vi/assets/app.config.json'],
    },
  },
  {
    id: 'opencps',
    name: 'OpenCPS',
    category: 'platform',
    implies: ['liferay'],
    description: { vi: 'OpenCPS (Liferay 7 và Vue)', en: 'OpenCPS (Liferay 7 and Vue)' },
    signals: [
      { kind: 'scriptSrc', pattern: /\/o\/opencps/i, confidence: 60, says: 'script /o/opencps…' },
      { kind: 'code', pattern: /\/o\/rest\/v2\//, confidence: 50, says: 'OpenCPS REST /o/rest/v2/' },
      { kind: 'siteLink', pattern: /\/o\/rest\/v2\//, confidence: 50, says: 'link /o/rest/v2/' },
      { kind: 'code', pattern: /opencps/i, confidence: 40, says: 'OpenCPS in code' },
      { kind: 'text', pattern: /(?<![\p{L}])opencps(?![\p{L}])/u, confidence: 50, says: 'words "OpenCPS"' },
      { kind: 'scriptSrc', pattern: /vgcaplugin/i, confidence: 20, says: 'VGCA signing plugin' },
      { kind: 'pageUrl', pattern: /^https?:\/\/[^/]+\/web\/[\w-]+/i, confidence: 20, says: 'Liferay site route /web/<site>' },
    ],
    routes: {
      lookup: ['tracuu-ho-so', 'tra-cuu-ho-so', 'tracuuhoso'],
      catalogue: [/\/web\/[\w-]+\/thu-tuc-hanh-chinh(?:[/?#]|$)/i],
      signIn: ['/c/portal/login', /\/web\/[\w-]+\/dang-nhap/i],
      signUp: [/\/web\/[\w-]+\/(?:register|dang-ky)(?:[/?#]|$)/i],
      personal: ['/qlkdl'],
    },
  },
  {
    id: 'liferay-oep',
    name: 'Liferay + OEP',
    category: 'platform',
    implies: ['liferay'],
    description: { vi: 'Liferay 6 với các portlet Open eGov Platform (OEP, một cửa CMON)', en: 'Liferay 6 with Open eGov Platform (OEP) portlets and the CMON one-stop' },
    signals: [
      { kind: 'link', pattern: /p_p_id=oep|_WAR_oep/i, confidence: 60, says: 'OEP portlet links' },
      { kind: 'link', pattern: /p_p_id=\w*_WAR_cmonapp|_WAR_cmonapp/i, confidence: 60, says: 'CMON portlet links' },
      { kind: 'code', pattern: /_WAR_(?:oep|cmonapp)\w*/i, confidence: 60, says: 'OEP portlet in code' },
      { kind: 'code', pattern: /\bLiferay\.|\bthemeDisplay\b/, confidence: 40, says: 'Liferay globals' },
      { kind: 'scriptSrc', pattern: /\/html\/js\/barebone\.jsp|\/html\/js\/liferay\//i, confidence: 40, says: 'Liferay 6 scripts' },
    ],
  },
  {
    id: 'liferay',
    name: 'Liferay',
    category: 'platform',
    description: { vi: 'Cổng Liferay (portlet, p_p_id)', en: 'Liferay portal (portlets, p_p_id)' },
    signals: [
      { kind: 'code', pattern: /\bLiferay\.|\bthemeDisplay\b/, confidence: 50, says: 'Liferay globals' },
      { kind: 'scriptSrc', pattern: /\/html\/js\/barebone\.jsp|\/html\/js\/liferay\/|\/combo\?browserId=|\/o\/frontend-js/i, confidence: 60, says: 'Liferay scripts' },
      { kind: 'link', pattern: /[?&]p_p_id=|_WAR_\w+portlet/i, confidence: 50, says: 'portlet links (p_p_id)' },
      { kind: 'siteLink', pattern: /\/c\/portal\/(?:login|logout)/i, confidence: 30, says: 'link /c/portal/login' },
    ],
    routes: { signIn: ['/c/portal/login'] },
  },
  {
    id: 'portaldvc',
    name: 'React/.NET portaldvc',
    category: 'platform',
    description: { vi: 'Cổng React/.NET dạng /portaldvc (kiểu Thanh Hóa)', en: 'React/.NET portal with /portaldvc routes (Thanh Hóa type)' },
    signals: [
      { kind: 'pageUrl', pattern: /^https?:\/\/[^/]+\/portaldvc(?:[/?#]|$)/i, confidence: 50, says: 'route /portaldvc' },
      { kind: 'siteLink', pattern: /\/portaldvc\//i, confidence: 40, says: 'links /portaldvc/' },
      { kind: 'link', pattern: /^https?:\/\/apidvc\./i, confidence: 50, says: 'API apidvc.<tỉnh>' },
      { kind: 'code', pattern: /apidvc\.|\/vneidsso\/callback/i, confidence: 50, says: 'apidvc / vneidsso in code' },
      { kind: 'scriptSrc', pattern: /\/static\/js\/main\.\w+\.js|\/assets\/index-[\w-]+\.js/i, confidence: 20, says: 'React bundle' },
    ],
    routes: {
      home: ['/portaldvc/home'],
      catalogue: [/\/portaldvc\/danh-muc-tthc(?:[/?#]|$)/i],
      procedure: ['/portaldvc/chi-tiet-thu-tuc', 'chi-tiet-thu-tuc.aspx'],
      lookup: [/\/portaldvc\/tra-cuu(?:[/?#]|$)/i],
      payment: ['/portaldvc/thanh-toan', '/portaldvc/KenhTin/thanh-toan.aspx'],
      feedback: ['/portaldvc/pakn-dvc-tinh'],
      satisfaction: ['/portaldvc/danh-gia-hai-long'],
      statistics: [/\/portaldvc\/thong-ke(?!-?truy-?cap)(?:[/?#.]|$)/i],
      guide: ['/portaldvc/huong-dan-su-dung'],
      faq: ['/portaldvc/hoi-dap'],
      personal: ['/portaldvc/ho-so-ca-nhan'],
      myDossiers: ['/portaldvc/ho-so-ca-nhan/dvc-cua-toi'],
      submission: ['/portaldvc/nop-ho-so'],
    },
  },
  {
    id: 'dvcqg',
    name: 'Cổng DVC quốc gia',
    category: 'platform',
    description: { vi: 'Cổng Dịch vụ công quốc gia dichvucong.gov.vn', en: 'The national public-service portal dichvucong.gov.vn' },
    signals: [
      { kind: 'pageUrl', pattern: /^https?:\/\/(?:www\.)?dichvucong\.gov\.vn(?:[:/]|$)/i, confidence: 70, says: 'host dichvucong.gov.vn' },
      { kind: 'pageUrl', pattern: /\/p\/(?:home|phananhkiennghi)\//i, confidence: 40, says: 'route /p/home/' },
      { kind: 'siteLink', pattern: /\/p\/home\/dvc-/i, confidence: 40, says: 'links /p/home/dvc-…' },
    ],
    routes: {
      home: ['dvc-trang-chu.html'],
      catalogue: ['dvc-tthc-category.html', 'dvc-danh-sach-tthc'],
      procedure: ['dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html'],
      lookup: ['dvc-tra-cuu-ho-so'],
      payment: ['dvc-thanh-toan-phi-le-phi'],
      feedback: ['/p/phananhkiennghi/'],
      signIn: ['xacthuc.dichvucong.gov.vn'],
      signUp: ['dangky.dichvucong.gov.vn'],
    },
  },
  {
    id: 'dvcqg-embed',
    name: 'Cổng DVC quốc gia (nhúng)',
    category: 'integration',
    description: { vi: 'Thành phần của Cổng DVC quốc gia nhúng vào trang', en: "Parts of the national portal embedded in the page" },
    signals: [
      { kind: 'iframe', pattern: /^https?:\/\/(?:[\w-]+\.)?dichvucong\.gov\.vn\//i, confidence: 60, says: 'frame from dichvucong.gov.vn' },
      { kind: 'scriptSrc', pattern: /^https?:\/\/(?:[\w-]+\.)?dichvucong\.gov\.vn\//i, confidence: 60, says: 'script from dichvucong.gov.vn' },
      { kind: 'link', pattern: /^https?:\/\/xacthuc\.dichvucong\.gov\.vn\//i, confidence: 40, says: 'national sign-in' },
    ],
  },
  {
    id: 'emc',
    name: 'EMC',
    category: 'monitoring',
    description: { vi: 'Mã theo dõi EMC của Bộ TT&TT', en: "The ministry's EMC monitoring tracker" },
    signals: [
      { kind: 'scriptSrc', pattern: /f-emc\.ngsp\.gov\.vn/i, confidence: 60, says: 'script f-emc.ngsp.gov.vn' },
      { kind: 'code', pattern: /\b_govaq\b/, confidence: 50, says: '_govaq' },
      { kind: 'code', pattern: /f-emc\.ngsp\.gov\.vn/i, confidence: 50, says: 'f-emc.ngsp.gov.vn in code' },
      { kind: 'code', pattern: /\bsetSiteId\b/, confidence: 20, says: 'setSiteId' },
    ],
  },
  {
    id: 'vneid',
    name: 'VNeID',
    category: 'identity',
    description: { vi: 'Đăng nhập bằng định danh điện tử VNeID', en: 'Sign-in with the VNeID e-identity' },
    signals: [
      { kind: 'link', pattern: /sso\.dancuquocgia\.gov\.vn|\/vneidsso\//i, confidence: 70, says: 'VNeID sign-in link' },
      { kind: 'code', pattern: /sso\.dancuquocgia\.gov\.vn|vneidsso/i, confidence: 50, says: 'VNeID sign-in in code' },
      { kind: 'text', pattern: /(?<![\p{L}\p{N}])vneid(?![\p{L}\p{N}])|định danh điện tử cấp bởi bộ công an/u, confidence: 40, says: 'words "VNeID"' },
      { kind: 'image', pattern: /logo_bca|vneid/i, confidence: 30, says: 'VNeID / Bộ Công an logo' },
    ],
  },
  {
    id: 'vnpt-smartca',
    name: 'VNPT SmartCA',
    category: 'signing',
    description: { vi: 'Ký số từ xa VNPT SmartCA', en: 'VNPT SmartCA remote signing' },
    signals: [
      { kind: 'text', pattern: /(?<![\p{L}\p{N}])smartca(?![\p{L}\p{N}])/u, confidence: 50, says: 'words "SmartCA"' },
      { kind: 'code', pattern: /smartca|gwsca\.vnpt\.vn/i, confidence: 60, says: 'SmartCA in code' },
      { kind: 'text', pattern: /vnpt[- ]ca(?![\p{L}\p{N}])/u, confidence: 30, says: 'words "VNPT-CA"' },
    ],
  },
  {
    id: 'viettel-mysign',
    name: 'Viettel MySign',
    category: 'signing',
    description: { vi: 'Ký số từ xa Viettel MySign', en: 'Viettel MySign remote signing' },
    signals: [
      { kind: 'text', pattern: /(?<![\p{L}\p{N}])mysign(?![\p{L}\p{N}])/u, confidence: 50, says: 'words "MySign"' },
      { kind: 'code', pattern: /remotesigning\.viettel\.vn|mysign/i, confidence: 60, says: 'MySign in code' },
      { kind: 'text', pattern: /viettel[- ]ca(?![\p{L}\p{N}])/u, confidence: 30, says: 'words "Viettel-CA"' },
    ],
  },
  {
    id: 'neac-esign',
    name: 'NEAC eSign',
    category: 'signing',
    description: { vi: 'Cổng kết nối ký số từ xa NEAC', en: 'The NEAC remote-signing hub' },
    signals: [
      { kind: 'text', pattern: /cổng esign|neac/u, confidence: 50, says: 'words "Cổng eSign" / NEAC' },
      { kind: 'code', pattern: /esign\.neac\.gov\.vn|neac\.gov\.vn/i, confidence: 60, says: 'NEAC in code' },
    ],
  },
  {
    id: 'vgca',
    name: 'VGCA (Ban Cơ yếu)',
    category: 'signing',
    description: { vi: 'Plugin ký số của Ban Cơ yếu Chính phủ (USB token)', en: 'The Government Cipher Committee signing plugin (USB token)' },
    signals: [
      { kind: 'scriptSrc', pattern: /vgcaplugin/i, confidence: 60, says: 'script vgcaplugin.js' },
      { kind: 'code', pattern: /\bvgca_sign_\w+|\bvgca_/, confidence: 50, says: 'vgca_ calls' },
      { kind: 'text', pattern: /ban cơ yếu chính phủ/u, confidence: 20, says: 'words "Ban Cơ yếu Chính phủ"' },
    ],
  },
];

/** Routes every platform shares by habit (slugs of the same Vietnamese words). */
const GENERIC_ROUTES: Partial<Record<RouteKind, readonly Pattern[]>> = {
  catalogue: ['/danh-muc-tthc', '/danh-sach-tthc', /\/thu-?tuc-?hanh-?chinh(?:[/?#.]|$)/i],
  procedure: ['chi-tiet-thu-tuc', 'ma_thu_tuc=', 'chitietthutuc'],
  lookup: ['tracuuhoso', /\/tra-?cuu-?ho-?so(?:[/?#.-]|$)/i],
  signIn: [/\/(?:dang-?nhap|login|signin)(?:[/?#.]|$)/i],
  signUp: [/\/(?:dang-?ky|register|signup)(?:[/?#.]|$)/i],
  payment: [/\/thanh-?toan(?:[/?#.]|$)/i, 'thanh-toan-truc-tuyen', 'thanh-toan-phi-le-phi', 'thanhtoantructuyen'],
  feedback: ['/pakn', 'pakn-', /phan-?anh-?kien-?nghi/i, 'phananhkiennghi'],
  satisfaction: ['danh-gia-hai-long', 'danhgiahailong', 'khao-sat-y-kien'],
  statistics: [/\/(?:portaldvc\/)?thong-?ke(?!-?truy-?cap)(?:[-/?#.]|$)/i],
  guide: ['/huong-dan-su-dung', '/danh-sach-tai-lieu-hdsd', '/tai-lieu-hdsd'],
  faq: [/\/(?:faq|faqs|hoidap|hoi-dap)(?:[/?#.]|$)/i, 'cau-hoi-thuong-gap'],
  personal: ['/ho-so-ca-nhan', '/tai-khoan-ca-nhan', '/thong-tin-ca-nhan'],
  myDossiers: ['dvc-cua-toi', 'dich-vu-cong-cua-toi', 'ho-so-cua-toi'],
  submission: [/\/(?:mobile\/)?nop-?ho-?so(?:-truc-tuyen)?(?:[/?#.]|$)/i, 'dang-ky-truc-tuyen', 'khai-bao-ho-so'],
};

const routeCache = new Map<RouteKind, UrlTest>();

/** Every known route of a kind: every platform's and the generic ones, compiled once. */
export function routes(kind: RouteKind): UrlTest {
  let test = routeCache.get(kind);
  if (!test) {
    const patterns = [...SIGNATURES.flatMap((s) => s.routes?.[kind] ?? []), ...(GENERIC_ROUTES[kind] ?? [])];
    test = urls(patterns);
    routeCache.set(kind, test);
  }
  return test;
}

export interface PlatformMatch {
  id: string;
  name: string;
  category: PlatformCategory;
  /** Sum of the matched signals' confidences, capped at 100. */
  confidence: number;
  /** What was seen ("script /o/opencps…", "Liferay globals"). */
  signals: string[];
}

/** Signals with their compiled tests, made once. */
const COMPILED = SIGNATURES.map((s) => ({
  sig: s,
  tests: s.signals.map((sig) => ({ sig, test: typeof sig.pattern === 'string' ? urls([sig.pattern]) : (v: string) => (sig.pattern as RegExp).test(v) })),
}));

function signalSeen(page: PageView, kind: Signal['kind'], test: (v: string) => boolean): boolean {
  switch (kind) {
    case 'pageUrl':
      return test(page.url);
    case 'siteLink':
      return page.links.some((l) => l.sameSite && test(l.path));
    case 'link':
      return page.links.some((l) => test(l.href)) || page.snap.forms.some((f) => test(f.action));
    case 'scriptSrc':
      return page.externalScripts.some((s) => test(s.src));
    case 'code':
      return page.inlineScripts.some((s) => test(s.text));
    case 'text':
      return page.texts.some((t) => test(t.norm));
    case 'iframe':
      return page.snap.iframes.some((f) => test(f.src));
    case 'image':
      return page.snap.images.some((i) => test(i.src) || (i.alt !== null && test(normalizeVi(i.alt))));
  }
}

/** Required: at least this many signals, adding up to at least 100. */
const MIN_SIGNALS = 2;
const MIN_CONFIDENCE = 100;

/** The platforms and integrations a page shows, most specific first (an implied platform is not named again). */
export function detectPlatforms(page: PageView): PlatformMatch[] {
  const matches: PlatformMatch[] = [];
  for (const { sig, tests } of COMPILED) {
    const seen = tests.filter(({ sig: s, test }) => signalSeen(page, s.kind, test));
    const total = seen.reduce((sum, { sig: s }) => sum + s.confidence, 0);
    if (seen.length >= MIN_SIGNALS && total >= MIN_CONFIDENCE)
      matches.push({ id: sig.id, name: sig.name, category: sig.category, confidence: Math.min(100, total), signals: seen.map(({ sig: s }) => s.says) });
  }
  const implied = new Set(matches.flatMap((m) => SIGNATURES.find((s) => s.id === m.id)?.implies ?? []));
  return matches.filter((m) => !implied.has(m.id));
}

/** The page's platform (category "platform"), when one is recognised. */
export function platformOf(matches: readonly PlatformMatch[]): PlatformMatch | undefined {
  return matches.find((m) => m.category === 'platform');
}
