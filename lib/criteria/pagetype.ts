import { normalizeVi } from '../text/vietnamese';
import { exact, identifiers, pathOf, phrase, start } from './match';
import { routes, type RouteKind } from './platforms';
import type { PageType } from './types';
import type { PageView } from './views';

/**
 * What kind of page of a portal this is, from its address, title, headings
 * and forms. Criteria use it (a search inside "my dossiers" is not the
 * procedure search; column headers of a catalogue are not the parts of a
 * procedure page), and a criterion only a certain page can show says which
 * page to open instead of "not met".
 */
export interface PageTypeResult {
  type: PageType;
  /** Why ("route /vi/procedure/detail", "heading: Tra cứu hồ sơ", "password field"). */
  signals: string[];
}

/** How portals title their procedure catalogue (also CK-01's catalogue headings). */
export const CATALOGUE_TITLES = [
  'Danh mục thủ tục hành chính',
  'Danh sách thủ tục hành chính',
  'Danh mục TTHC',
  'Danh sách TTHC',
  'Thủ tục hành chính',
  'Tra cứu thủ tục hành chính',
  'Tìm kiếm thủ tục hành chính',
  'Danh mục dịch vụ công',
  'Danh sách dịch vụ công',
  'Danh mục dịch vụ công trực tuyến',
  'Bộ thủ tục hành chính',
];

/** Headings and titles by page type. */
const HEADINGS: ReadonlyArray<{ type: PageType; match: ReturnType<typeof phrase> }> = [
  { type: 'catalogue', match: start(CATALOGUE_TITLES) },
  { type: 'procedure', match: start(['Chi tiết thủ tục', 'Chi tiết thủ tục hành chính', 'Thông tin thủ tục', 'Thông tin thủ tục hành chính']) },
  {
    type: 'lookup',
    match: start(['Tra cứu hồ sơ', 'Tra cứu thông tin hồ sơ', 'Tra cứu tình trạng hồ sơ', 'Tra cứu tiến độ hồ sơ', 'Tra cứu kết quả giải quyết hồ sơ', 'Tra cứu kết quả hồ sơ']),
  },
  { type: 'sign-in', match: exact(['Đăng nhập', 'Đăng nhập hệ thống', 'Đăng nhập tài khoản', 'Login', 'Sign in']) },
  { type: 'submission', match: start(['Nộp hồ sơ trực tuyến', 'Nộp hồ sơ', 'Đăng ký trực tuyến', 'Khai báo hồ sơ', 'Thông tin người nộp hồ sơ', 'Thông tin người nộp', 'Thông tin chủ hồ sơ']) },
  { type: 'my-dossiers', match: start(['Dịch vụ công của tôi', 'Hồ sơ của tôi', 'Quản lý hồ sơ', 'Danh sách hồ sơ đã nộp', 'Hồ sơ cá nhân']) },
  { type: 'support', match: start(['Liên hệ', 'Hỏi đáp', 'Câu hỏi thường gặp', 'Phản ánh kiến nghị', 'Phản ánh, kiến nghị', 'Gửi phản ánh', 'Hướng dẫn sử dụng', 'Hỗ trợ']) },
  { type: 'statistics', match: start(['Thống kê', 'Tình hình giải quyết hồ sơ', 'Kết quả giải quyết hồ sơ', 'Kết quả xử lý hồ sơ']) },
];

/** Route kinds that identify a page type. */
const ROUTE_TYPES: ReadonlyArray<{ type: PageType; kind: RouteKind }> = [
  { type: 'procedure', kind: 'procedure' },
  { type: 'lookup', kind: 'lookup' },
  { type: 'catalogue', kind: 'catalogue' },
  { type: 'sign-in', kind: 'signIn' },
  { type: 'submission', kind: 'submission' },
  { type: 'my-dossiers', kind: 'myDossiers' },
  { type: 'my-dossiers', kind: 'personal' },
  { type: 'statistics', kind: 'statistics' },
  { type: 'support', kind: 'feedback' },
  { type: 'support', kind: 'faq' },
  { type: 'support', kind: 'guide' },
  { type: 'home', kind: 'home' },
];
const SUPPORT_ROUTE = /\/(?:lien-?he|ho-?tro|contact)(?:[/?#.]|$)/i;
/** A site's root: "/", "/vi/", "/web/<site>", "/trang-chu", "/index.html", "/home". */
const HOME_PATH = /^\/(?:(?:vi|en)\/?|web\/[\w-]+\/?|web\/guest\/?(?:home|trang-chu)?|trang-?chu(?:\.\w+)?\/?|home\/?|index\.(?:html?|aspx?|php|jsp)|default\.aspx)?$/i;
/** A query a home page may carry (a language); any other (?tabid=93, ?id=…) is another page. */
const HOME_QUERY = /^(?:\?(?:lang|language|locale|l)=[\w-]{1,10})?(?:#.*)?$/i;

/** Labels of a procedure's parts (a procedure page shows several as labels). */
const PROCEDURE_LABELS = start([
  'Mã thủ tục',
  'Mã TTHC',
  'Số quyết định',
  'Tên thủ tục',
  'Cấp thực hiện',
  'Loại thủ tục',
  'Trình tự thực hiện',
  'Cách thức thực hiện',
  'Thành phần hồ sơ',
  'Đối tượng thực hiện',
  'Cơ quan thực hiện',
  'Cơ quan có thẩm quyền',
  'Kết quả thực hiện',
  'Căn cứ pháp lý',
  'Yêu cầu, điều kiện thực hiện',
  'Điều kiện thực hiện',
  'Thời hạn giải quyết',
]);
/** A catalogue's table columns. */
const CATALOGUE_COLUMNS = exact(['Tên thủ tục', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Lĩnh vực thủ tục', 'Cơ quan thực hiện', 'Mức độ', 'Cấp cơ quan quản lý', 'STT']);
const LOOKUP_FIELD = phrase(['Mã hồ sơ', 'Mã số hồ sơ', 'Mã biên nhận', 'Mã số biên nhận', 'Số biên nhận', 'Nhập mã hồ sơ']);
const LOOKUP_NAME = identifiers(['Mã hồ sơ', 'Mã số hồ sơ', 'Mã biên nhận', 'Số biên nhận', 'dossier code', 'dossierCode']);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'title', 'label', 'legend']);

export function classifyPage(page: PageView): PageTypeResult {
  const score = new Map<PageType, number>();
  const signals = new Map<PageType, string[]>();
  const add = (type: PageType, points: number, why: string) => {
    score.set(type, (score.get(type) ?? 0) + points);
    signals.set(type, [...(signals.get(type) ?? []), why]);
  };

  const path = pathOf(page.url);
  for (const { type, kind } of ROUTE_TYPES) if (routes(kind)(page.url)) add(type, 3, `route ${path.slice(0, 60)}`);
  if (SUPPORT_ROUTE.test(path)) add('support', 3, `route ${path.slice(0, 60)}`);
  const cut = path.search(/[?#]/);
  if (HOME_PATH.test(cut === -1 ? path : path.slice(0, cut)) && HOME_QUERY.test(cut === -1 ? '' : path.slice(cut))) add('home', 3, 'site root');

  const title = normalizeVi(page.snap.title);
  const headings = page.contentTexts.filter((t) => HEADING_TAGS.has(t.tag) && t.raw.length <= 80).slice(0, 40);
  for (const { type, match } of HEADINGS) {
    const h = headings.find((t) => match(t.norm));
    if (h) add(type, 2, `heading: ${h.raw}`);
    else if (match(title)) add(type, 1, `title: ${page.snap.title}`);
  }

  const fields = page.snap.forms.flatMap((f) => f.inputs).filter((i) => i.type !== 'hidden');
  if (fields.some((i) => i.type === 'password')) add('sign-in', 3, 'password field');
  const lookupField = fields.find(
    (i) => LOOKUP_FIELD(normalizeVi(i.label)) || LOOKUP_FIELD(normalizeVi(i.placeholder)) || LOOKUP_NAME(`${i.name} ${i.id}`),
  );
  if (lookupField && !page.signedIn) add('lookup', 2, `field ${lookupField.placeholder || lookupField.label || lookupField.name}`);

  const partLabels = new Set(page.contentTexts.filter((t) => t.raw.length <= 60 && PROCEDURE_LABELS(t.norm)).map((t) => t.norm));
  if (partLabels.size >= 4) add('procedure', 2 + Math.min(3, partLabels.size - 4), `${partLabels.size} procedure parts`);
  const columns = page.contentTexts.filter((t) => t.tag === 'th' && CATALOGUE_COLUMNS(t.norm));
  if (columns.length >= 2) add('catalogue', 2, `columns: ${columns.map((c) => c.raw).slice(0, 3).join(', ')}`);

  const ORDER: readonly PageType[] = ['procedure', 'lookup', 'sign-in', 'submission', 'catalogue', 'my-dossiers', 'statistics', 'support', 'home'];
  let best: PageType = 'other';
  let bestScore = 1;
  for (const t of ORDER) {
    const s = score.get(t) ?? 0;
    if (s > bestScore) {
      best = t;
      bestScore = s;
    }
  }
  return { type: best, signals: best === 'other' ? [] : (signals.get(best) ?? []).slice(0, 4) };
}
