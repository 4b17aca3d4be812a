import { normalizeVi, stripDiacritics } from '../text/vietnamese';
import { isGovVn } from './match';

/**
 * Injected spam on public pages (AT-13): the vocabulary of gambling,
 * betting, casino and loan-shark sites in Vietnamese (with and without tone
 * marks) and English, the hosts and slugs of such sites, and the legal and
 * news context in which a portal legitimately writes the same words
 * ("Nghị định về kinh doanh casino", "phòng chống cờ bạc", "triệt phá đường
 * dây cá độ"). Lottery results of the state lottery (xổ số kiến thiết) are
 * never spam. Every RegExp here is an alternation of literals: linear.
 */

export type SpamStrength = 'strong' | 'weak';

interface Term {
  /** As written with tone marks (normalised like page text). */
  toned: readonly string[];
  /** Without tone marks: matched in texts written without any (spam often is), and in slugs. Left out where it means something else. */
  plain: readonly string[];
  strength: SpamStrength;
}

/**
 * Strong: words of the spam itself, which a portal never writes but to
 * report on it. Weak: words a portal's news or legal texts also use.
 */
const TERMS: readonly Term[] = [
  { toned: ['nhà cái'], plain: ['nha cai', 'nhacai'], strength: 'strong' },
  { toned: ['nổ hũ'], plain: ['no hu', 'nohu'], strength: 'strong' },
  { toned: ['tài xỉu'], plain: ['tai xiu', 'taixiu'], strength: 'strong' },
  { toned: ['soi cầu'], plain: ['soi cau', 'soicau'], strength: 'strong' },
  { toned: ['soi kèo', 'kèo nhà cái', 'tỷ lệ kèo', 'tỉ lệ kèo', 'kèo bóng đá'], plain: ['soi keo', 'keo nha cai', 'ty le keo', 'keo bong da'], strength: 'strong' },
  { toned: ['xóc đĩa'], plain: ['xoc dia', 'xocdia'], strength: 'strong' },
  { toned: ['game bài', 'cổng game', 'game đổi thưởng', 'bắn cá đổi thưởng'], plain: ['game bai', 'gamebai', 'cong game', 'game doi thuong', 'ban ca doi thuong'], strength: 'strong' },
  { toned: ['đổi thưởng'], plain: ['doi thuong'], strength: 'strong' },
  { toned: ['cá cược trực tuyến', 'cá cược online', 'cá cược bóng đá', 'cá độ bóng đá online'], plain: ['ca cuoc truc tuyen', 'ca cuoc online', 'ca cuoc bong da'], strength: 'strong' },
  { toned: ['casino trực tuyến', 'casino online', 'live casino', 'sòng bài trực tuyến', 'sòng bạc trực tuyến'], plain: ['casino truc tuyen', 'song bai truc tuyen'], strength: 'strong' },
  { toned: ['đánh bài online', 'đánh bài trực tuyến', 'đá gà trực tuyến', 'đá gà online', 'lô đề online', 'đánh đề online'], plain: ['danh bai online', 'da ga online', 'da ga truc tuyen', 'lo de online'], strength: 'strong' },
  { toned: ['slot game', 'slot gacor', 'slot online', 'situs slot', 'gacor', 'judi', 'togel', 'maxwin', 'sbobet', 'baccarat', 'poker online'], plain: [], strength: 'strong' },
  { toned: ['khuyến mãi nạp đầu', 'thưởng nạp đầu', 'nạp đầu', 'hoàn trả cược', 'cược thủ', 'nhà cái uy tín', 'link vào nhà cái'], plain: ['nap dau', 'hoan tra cuoc', 'cuoc thu'], strength: 'strong' },
  { toned: ['vay tiền nhanh', 'vay tiền online', 'vay nhanh online', 'bốc họ', 'giải ngân trong ngày'], plain: ['vay tien nhanh', 'vay tien online', 'boc ho'], strength: 'strong' },
  // Weak: a portal writes these too (news, legal texts, warnings).
  { toned: ['casino', 'sòng bài', 'sòng bạc'], plain: ['song bai', 'song bac'], strength: 'weak' },
  { toned: ['cá cược', 'cá độ'], plain: ['ca cuoc'], strength: 'weak' },
  { toned: ['cờ bạc', 'đánh bạc', 'đánh bài'], plain: ['co bac', 'danh bac'], strength: 'weak' },
  { toned: ['lô đề', 'số đề', 'đánh đề', 'ghi đề'], plain: ['lo de', 'danh de'], strength: 'weak' },
  // "kèo" alone is also a roof truss (building permits): only its betting phrases count, above.
  { toned: ['bắn cá', 'đá gà'], plain: [], strength: 'weak' },
  { toned: ['tín dụng đen', 'vay nóng', 'vay nặng lãi', 'cho vay lãi nặng'], plain: ['tin dung den', 'vay nong', 'vay nang lai'], strength: 'weak' },
  { toned: ['slot', 'betting', 'gambling', 'poker', 'bet'], plain: [], strength: 'weak' },
];

/** Words of the news and legal texts that mention gambling to fight it, license it or report on it. */
const CONTEXT = [
  'nghị định', 'thông tư', 'luật', 'bộ luật', 'quyết định', 'chỉ thị', 'công văn', 'kế hoạch', 'văn bản',
  'phòng chống', 'phòng, chống', 'phòng ngừa', 'đấu tranh', 'ngăn chặn', 'tuyên truyền', 'cảnh báo', 'khuyến cáo',
  'xử phạt', 'xử lý', 'vi phạm', 'trái phép', 'triệt phá', 'bắt giữ', 'bắt quả tang', 'đường dây', 'khởi tố', 'truy tố', 'xét xử', 'tội', 'tệ nạn', 'lừa đảo', 'thủ đoạn',
  'công an', 'kinh doanh casino', 'kinh doanh trò chơi', 'điểm kinh doanh', 'xổ số kiến thiết', 'kết quả xổ số', 'giấy chứng nhận đủ điều kiện',
];

const NO_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NO_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const alternation = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
const compiled = TERMS.map((t) => ({
  term: t,
  toned: new RegExp(`${NO_LETTER_BEFORE}(?:${alternation(t.toned.map(normalizeVi))})${NO_LETTER_AFTER}`, 'gu'),
  plain: t.plain.length ? new RegExp(`${NO_LETTER_BEFORE}(?:${alternation(t.plain)})${NO_LETTER_AFTER}`, 'gu') : null,
}));
/** Any term at all, toned or not: one test that lets the great majority of texts go at once. */
const ANY_TERM = new RegExp(`(?:${alternation(TERMS.flatMap((t) => [...t.toned.map(normalizeVi), ...t.plain]))})`, 'u');
const CONTEXT_RE = new RegExp(`${NO_LETTER_BEFORE}(?:${alternation(CONTEXT.map(normalizeVi))})${NO_LETTER_AFTER}`, 'u');
/** Letters with Vietnamese (or any) diacritics: a text that has none is read without tone marks. */
const DIACRITIC = /[\u00c0-\u024f\u1e00-\u1eff]/u;

export interface SpamHit {
  word: string;
  strength: SpamStrength;
}

/** Spam words in a text (normalised or not), each occurrence once; strong ones first. */
export function spamWords(text: string): SpamHit[] {
  if (!text) return [];
  const norm = normalizeVi(text);
  if (!ANY_TERM.test(norm)) return [];
  const plainText = !DIACRITIC.test(norm);
  const hits: SpamHit[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  // Strong terms come first in TERMS, and their phrases are longer: "casino online" is one strong hit, not also a weak "casino".
  for (const { term, toned, plain } of compiled) {
    for (const re of plainText && plain ? [toned, plain] : [toned]) {
      re.lastIndex = 0;
      for (let m = re.exec(norm); m; m = re.exec(norm)) {
        const end = m.index + m[0].length;
        if (!overlaps(m.index, end)) {
          taken.push([m.index, end]);
          hits.push({ word: m[0], strength: term.strength });
        }
        if (hits.length >= 50) return hits;
      }
    }
  }
  return hits;
}

/** The text speaks of gambling as the law, the police or the news do. */
export function legalContext(text: string): boolean {
  return CONTEXT_RE.test(normalizeVi(text));
}

/** Brands and words of gambling and betting sites, as they appear in host names and slugs. */
const SPAM_HOST_WORDS = [
  'nhacai', 'nha-cai', 'casino', 'cacuoc', 'ca-cuoc', 'nohu', 'no-hu', 'taixiu', 'tai-xiu', 'soicau', 'soi-cau', 'soikeo', 'soi-keo', 'keonhacai',
  'keo-nha-cai', 'xocdia', 'xoc-dia', 'gamebai', 'game-bai', 'bancadoithuong', 'doithuong', 'doi-thuong', 'slotgacor', 'slot-gacor', 'gacor', 'togel',
  'sbobet', 'baccarat', 'lodeonline', 'danhdeonline', 'dagatructiep', 'da-ga-truc-tiep', 'vaytiennhanh', 'vay-tien-nhanh', 'vaynong', 'vay-nong',
];
/** In a path (a page of another site), only the words of the spam itself: a law library's "kinh-doanh-casino" is not spam. */
const SPAM_SLUG_WORDS = [
  'nhacai', 'nha-cai', 'nohu', 'no-hu', 'soicau', 'soi-cau', 'soikeo', 'soi-keo', 'keo-nha-cai', 'xoc-dia', 'game-bai', 'doi-thuong', 'slot-gacor', 'gacor', 'togel',
];
const SPAM_BRANDS = [
  'w88', 'fb88', 'kubet', 'ku11', '188bet', 'hi88', 'jun88', 'new88', 'shbet', 'f8bet', '8xbet', '789bet', 'sv388', 'debet', 'mu88', 'vn88', 'bk8', 'm88', 'fun88',
  '12bet', 'dafabet', 'okvip', 'net88', 'kuwin', 'go88', 'sunwin', 'hitclub', 'rikvip', 'iwin', '789club', 'five88', 'loto188', 'fi88', 'qh88', 'bong88', 'manclub',
  'zbet', 'vz99', 'tk88', '33win', 'j88', 'kv999', '789win', 'xo88', 'u888', 'ok365', 'vin777', 'nhatvip', 'b52club', 'sodo66', 'mb66', 'win55', 'lucky88', 'oxbet',
];
const HOST_WORD_RE = new RegExp(`(?:${alternation(SPAM_HOST_WORDS)})`, 'i');
const SLUG_WORD_RE = new RegExp(`(?:${alternation(SPAM_SLUG_WORDS)})`, 'i');
/** A brand as a label of its own or its start ("fb88.com", "w88vn.club", "jun88-vn.net"). */
const BRAND_RE = new RegExp(`(?:^|[./-])(?:${alternation(SPAM_BRANDS)})(?![0-9])`, 'i');
/** A betting site's usual host shape: letters with 88, 888, 789, 99 or 365 ("xyz88.com", "abc888.vip"). */
const BET_NUMBER_HOST = /(?:^|\.)[a-z]{1,8}(?:88|888|789|365)[a-z]{0,4}\.[a-z.]+$/i;
/** Top-level domains of such sites (never of a portal's partner). */
const SPAM_TLD = /\.(?:bet|casino|poker|win|vip|club|fun|games?|cc|top|xyz|io\.vn|bio|lol)$/i;

/** What in an address names gambling, betting or loan sharks: its host (a spam site), or only a page's slug (weaker), or null. */
export function spamAddress(host: string, path: string): { word: string; by: 'host' | 'path' } | null {
  if (!host || isGovVn(host)) return null;
  const brand = BRAND_RE.exec(host);
  if (brand) return { word: brand[0].replace(/^[./-]/, ''), by: 'host' };
  const word = HOST_WORD_RE.exec(host);
  if (word) return { word: word[0], by: 'host' };
  if (BET_NUMBER_HOST.test(host) && SPAM_TLD.test(host)) return { word: host, by: 'host' };
  const slug = SLUG_WORD_RE.exec(stripDiacritics(decodeSafely(path.slice(0, 300))));
  if (slug) return { word: slug[0], by: 'path' };
  return null;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Hosts whose links a portal shows (hidden in a menu or not) without any spam: social networks, app stores, maps, the government's own. */
const BENIGN_HOST = /(?:^|\.)(?:facebook\.com|fb\.com|youtube\.com|youtu\.be|zalo\.me|zalo\.vn|twitter\.com|x\.com|tiktok\.com|instagram\.com|linkedin\.com|google\.com|google\.com\.vn|goo\.gl|apple\.com|microsoft\.com|gov\.vn|chinhphu\.vn|baochinhphu\.vn|vnpt\.vn|viettel\.vn|mobifone\.vn|w3\.org|gstatic\.com|googleapis\.com)$/i;
export function benignHost(host: string): boolean {
  return BENIGN_HOST.test(host);
}

/** The registrable part of a host, so that a portal's own sub-sites are not "off the portal". */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().split('.');
  // gov.vn, com.vn, edu.vn, org.vn …: one label more.
  const keep = labels.length >= 3 && /^(?:gov|com|edu|org|net|ac|info|int|health|name|pro|biz)$/.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
