import type { Localized } from './types';

/**
 * The legal basis of the checklist, readable: the documents the catalogue
 * cites (by its source codes S1…S14 or by their numbers), the markers that
 * say how far each was checked, and a parser that turns a criterion's
 * terse basis ("S1 Art 5(e) [G]; [I]") into citations a reader can find:
 * document number and name, article, a link to look the text up.
 *
 * Links only — the extension never fetches them. They open the document's
 * number in the search of thuvienphapluat.vn, whose search address has been
 * stable for many years and finds every kind of text cited here (decrees,
 * circulars, decisions, official letters); the codification database
 * (phapdien.moj.gov.vn) for its own references.
 */

/** How well the catalogue's authors checked a basis against the text. */
export type Marker = 'G' | 'P' | 'K' | 'I' | 'mention' | 'secondary';

export const MARKERS: Readonly<Record<Marker, { tag: string; label: Localized }>> = {
  G: { tag: '[G]', label: { vi: 'đã đọc toàn văn', en: 'read in full' } },
  P: { tag: '[P]', label: { vi: 'đã đọc một phần', en: 'read in part' } },
  K: { tag: '[K]', label: { vi: 'kiến thức nền, chưa đối chiếu văn bản', en: 'background knowledge, not checked against the text' } },
  I: {
    tag: '[I]',
    label: { vi: 'suy ra từ thực tế các cổng, chưa thấy văn bản quy định trực tiếp', en: 'inferred from real portals; no text found that requires it directly' },
  },
  mention: { tag: '[G mention]', label: { vi: 'văn bản có nhắc tới, chưa có nội dung chi tiết', en: 'the text mentions it, without details' } },
  secondary: { tag: '[secondary]', label: { vi: 'nguồn thứ cấp (báo cáo, tin tức)', en: 'secondary source (reports, news)' } },
};

export interface LegalDocument {
  /** The number as it is written on the document, e.g. "22/2019/TT-BTTTT". */
  number: string;
  kind: Localized;
  /** What it is about, in the words of its title (absent when the catalogue does not say). */
  title?: Localized;
  /** Where to look the text up. */
  url: string;
}

const searchUrl = (number: string) => `https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=${encodeURIComponent(number)}`;

const CIRCULAR = { vi: 'Thông tư', en: 'Circular' };
const DECREE = { vi: 'Nghị định', en: 'Decree' };
const DECISION = { vi: 'Quyết định', en: 'Decision' };
const LETTER = { vi: 'Công văn', en: 'Official letter' };

const doc = (number: string, kind: Localized, title?: Localized): LegalDocument => ({ number, kind, ...(title ? { title } : {}), url: searchUrl(number) });

/** The documents the catalogue cites, by a key of their kind, number and year (see `docKey`). */
export const DOCUMENTS: Readonly<Record<string, LegalDocument>> = {
  'TT-22-2019': doc('22/2019/TT-BTTTT', CIRCULAR, {
    vi: 'chức năng, tính năng kỹ thuật của Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử cấp bộ, cấp tỉnh',
    en: 'functions and technical features of ministerial and provincial public-service portals and one-stop systems',
  }),
  'ND-61-2018': doc('61/2018/NĐ-CP', DECREE, {
    vi: 'thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    en: 'the one-stop and inter-agency one-stop mechanism for administrative procedures',
  }),
  'TT-21-2023': doc('21/2023/TT-BTTTT', CIRCULAR, {
    vi: 'chức năng, tính năng kỹ thuật của Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh',
    en: 'functions and technical features of ministerial and provincial systems for handling administrative procedures',
  }),
  'TT-11-2025': doc('11/2025/TT-BKHCN', CIRCULAR, {
    vi: 'sửa đổi, bổ sung Thông tư 21/2023/TT-BTTTT',
    en: 'amending Circular 21/2023/TT-BTTTT',
  }),
  'CV-1552': doc('1552/BTTTT-THH', LETTER, {
    vi: 'hướng dẫn kỹ thuật của Bộ TT&TT về Hệ thống thông tin giải quyết thủ tục hành chính',
    en: 'the ministry’s technical guidance on systems for handling administrative procedures',
  }),
  'CV-708': doc('708/BTTTT-CATTT', LETTER, {
    vi: 'yêu cầu an toàn thông tin cho hệ thống kết nối CSDL quốc gia về dân cư',
    en: 'security requirements for systems connected to the national population database',
  }),
  'ND-42-2022': doc('42/2022/NĐ-CP', DECREE, {
    vi: 'cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    en: 'information and online public services provided by State agencies on the network',
  }),
  'QD-766-2022': doc('766/QĐ-TTg', DECISION, {
    vi: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công',
    en: 'the index for directing and assessing the quality of service to citizens and businesses in administrative procedures and public services',
  }),
  'TT-1-2023': doc('01/2023/TT-VPCP', CIRCULAR, {
    vi: 'số hoá hồ sơ, kết quả giải quyết thủ tục hành chính và thực hiện thủ tục hành chính trên môi trường điện tử',
    en: 'digitising dossiers and results and carrying out administrative procedures electronically',
  }),
  'QD-274-2019': doc('274/QĐ-TTg', DECISION, {
    vi: 'phê duyệt Đề án Cổng Dịch vụ công quốc gia',
    en: 'approving the National Public Service Portal scheme',
  }),
  'CV-3701': doc('3701/VPCP-KSTT', LETTER, {
    vi: 'tài khoản của công dân trên Cổng Dịch vụ công chuyển sang tài khoản định danh điện tử VNeID',
    en: 'citizens’ public-service accounts moving to the VNeID e-ID account',
  }),
  'ND-118-2025': doc('118/2025/NĐ-CP', DECREE, {
    vi: 'thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    en: 'the one-stop mechanism at one-stop desks and on the National Public Service Portal',
  }),
  'ND-85-2016': doc('85/2016/NĐ-CP', DECREE, { vi: 'bảo đảm an toàn hệ thống thông tin theo cấp độ', en: 'information-system security by level' }),
  'ND-45-2020': doc('45/2020/NĐ-CP', DECREE, { vi: 'thực hiện thủ tục hành chính trên môi trường điện tử', en: 'carrying out administrative procedures electronically' }),
  'ND-59-2022': doc('59/2022/NĐ-CP', DECREE, { vi: 'định danh và xác thực điện tử', en: 'electronic identification and authentication' }),
  'ND-69-2024': doc('69/2024/NĐ-CP', DECREE, { vi: 'định danh và xác thực điện tử', en: 'electronic identification and authentication' }),
  'ND-107-2021': doc('107/2021/NĐ-CP', DECREE, { vi: 'sửa đổi, bổ sung Nghị định 61/2018/NĐ-CP', en: 'amending Decree 61/2018/NĐ-CP' }),
  'ND-13-2023': doc('13/2023/NĐ-CP', DECREE, { vi: 'bảo vệ dữ liệu cá nhân', en: 'personal data protection' }),
  'ND-20-2008': doc('20/2008/NĐ-CP', DECREE, {
    vi: 'tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính',
    en: 'receiving and handling feedback from individuals and organisations on administrative regulations',
  }),
  'ND-68-2024': doc('68/2024/NĐ-CP', DECREE, { vi: 'chữ ký số chuyên dùng công vụ', en: 'official public-service digital signatures' }),
  'ND-23-2025': doc('23/2025/NĐ-CP', DECREE, { vi: 'chữ ký điện tử và dịch vụ tin cậy', en: 'electronic signatures and trust services' }),
  'TT-32-2017': doc('32/2017/TT-BTTTT', CIRCULAR, {
    vi: 'cung cấp dịch vụ công trực tuyến và bảo đảm khả năng truy cập thuận tiện đối với trang, cổng thông tin điện tử của cơ quan nhà nước',
    en: 'online public services and convenient access to State agencies’ websites and portals',
  }),
  'TT-17-2025': doc('17/2025/TT-BKHCN', CIRCULAR),
  'TT-1-2018': doc('01/2018/TT-VPCP', CIRCULAR, { vi: 'hướng dẫn thi hành Nghị định 61/2018/NĐ-CP', en: 'implementing Decree 61/2018/NĐ-CP' }),
  'TT-3-2025': doc('03/2025/TT-VPCP', CIRCULAR, {
    vi: 'hướng dẫn thực hiện cơ chế một cửa, một cửa liên thông, với các biểu mẫu',
    en: 'implementing rules for the one-stop mechanism, with its forms',
  }),
  'QCVN-120-2019': doc('QCVN 120:2019', { vi: 'Quy chuẩn kỹ thuật quốc gia', en: 'National technical regulation' }),
  PHAP_DIEN: {
    number: '',
    kind: { vi: 'Bộ pháp điển', en: 'The Code of legal norms (Bộ pháp điển)' },
    url: 'https://phapdien.moj.gov.vn/',
  },
};

/** The catalogue's source codes (criteria.md) and the documents they stand for. */
export const SOURCE_CODES: Readonly<Record<string, readonly string[]>> = {
  S1: ['TT-22-2019'],
  S2: ['ND-61-2018'],
  S3: ['TT-21-2023'],
  S4: ['TT-11-2025'],
  S5: ['CV-1552', 'CV-708'],
  S7: ['ND-42-2022'],
  S8: ['QD-766-2022'],
  S9: ['TT-1-2023'],
  S10: ['QD-274-2019'],
  S11: ['CV-3701'],
  S13: ['ND-118-2025'],
};

/** Key of a document by kind, number and year: "ND-61-2018". */
function docKey(kind: string, number: string, year: string): string {
  return `${kind.toUpperCase().replace('Đ', 'D')}-${Number(number)}-${year}`;
}

/** One citation of a criterion's basis, resolved. */
export interface Citation {
  documents: LegalDocument[];
  /** The first document was replaced by the next (written "A → B"). */
  replaced: boolean;
  /** Article, clause, annex, form or function group, when the basis names one. */
  where?: Localized;
  markers: Marker[];
  /** What else the basis says (e.g. "seen on a real provincial portal"). */
  remark?: Localized;
  /** The basis text this citation was read from. */
  source: string;
}

/** Remarks the catalogue writes in English, and how they read in Vietnamese. */
const REMARKS: ReadonlyArray<[RegExp, Localized]> = [
  [/^complete parts$/i, { vi: 'đủ bộ phận cấu thành', en: 'complete parts' }],
  [/^sync rate$/i, { vi: 'tỷ lệ đồng bộ', en: 'sync rate' }],
  [/^MIC monitoring system$/i, { vi: 'hệ thống giám sát của Bộ TT&TT (EMC)', en: 'the ministry’s monitoring system (EMC)' }],
  [/^e-Form definition$/i, { vi: 'định nghĩa biểu mẫu điện tử', en: 'definition of e-forms' }],
  [/^NEAC interop$/i, { vi: 'kết nối với NEAC', en: 'interoperability with NEAC' }],
  [/^digitisation$/i, { vi: 'chỉ số số hoá', en: 'digitisation indicators' }],
  [/^chữ ký số chuyên dùng công vụ$/i, { vi: 'chữ ký số chuyên dùng công vụ', en: 'official public-service digital signatures' }],
  [/^e-invoice rules$/i, { vi: 'quy định về hoá đơn, biên lai điện tử', en: 'e-invoice and e-receipt rules' }],
  [/^TT on disability-accessibility standards for gov sites$/i, {
    vi: 'thông tư về tiêu chuẩn hỗ trợ người khuyết tật tiếp cận trang của cơ quan nhà nước',
    en: 'the circular on accessibility standards for government sites',
  }],
  [/^news group$/i, { vi: 'tin tức, báo chí', en: 'news reports' }],
];

/** Words the catalogue uses before what it saw on a portal. */
const SEEN_IN: Record<string, string> = { configs: 'cấu hình', config: 'cấu hình', footer: 'chân trang', uses: 'dùng' };

function observed(detail: string): Localized {
  const what = detail.replace(/`/g, '').replace(/^[\s,:]+|[\s,]+$/g, '');
  if (!what) return { vi: 'quan sát trên một cổng tỉnh thật', en: 'seen on a real provincial portal' };
  const vi = what.replace(/^(configs?|footer|uses)\b/i, (w) => SEEN_IN[w.toLowerCase()] ?? w);
  return { vi: `quan sát trên một cổng tỉnh thật: ${vi}`, en: `seen on a real provincial portal: ${what}` };
}

function remarkOf(text: string): Localized | undefined {
  const t = text.trim().replace(/^\((.*)\)$/, '$1').trim();
  if (!t) return undefined;
  const seen = /^(?:from\s+)?a real provincial portal\b(.*)$/i.exec(t);
  if (seen) return observed(seen[1] ?? '');
  const inner = /^(.*?)\s*\((a real provincial portal\b.*)\)$/i.exec(t);
  if (inner) {
    const first = remarkOf(inner[1]!);
    const second = remarkOf(inner[2]!)!;
    return first ? { vi: `${first.vi}; ${second.vi}`, en: `${first.en}; ${second.en}` } : second;
  }
  for (const [re, l] of REMARKS) if (re.test(t)) return l;
  return { vi: t, en: t };
}

const ROMAN = /^[IVX]+$/;

/** "5(e)", "3.10", "6(c),(k)", "3(6), 5(đ)", "4 + Phụ lục I": the place in a document, in both languages. */
export function formatArticles(spec: string): Localized {
  const [main = '', annex] = spec.split(/\s*\+\s*/);
  const items = [...main.matchAll(/(\d+)(?:\.(\d+))?((?:\s*,?\s*\([^)]+\))*)/g)].map((m) => ({
    article: m[1]!,
    clause: m[2],
    parts: [...(m[3] ?? '').matchAll(/\(([^)]+)\)/g)].map((p) => p[1]!),
  }));
  const vi = items.map(({ article, clause, parts }) => {
    const bits = [`Điều ${article}`];
    if (clause) bits.push(`khoản ${clause}`);
    const numbers = parts.filter((p) => /^\d+$/.test(p));
    const letters = parts.filter((p) => !/^\d+$/.test(p));
    if (numbers.length) bits.push(`khoản ${numbers.join(', ')}`);
    if (letters.length) bits.push(`điểm ${letters.join(', ')}`);
    return bits.join(' ');
  });
  const en = items.map(({ article, clause, parts }) => `${article}${clause ? `(${clause})` : ''}${parts.map((p) => `(${p})`).join(', ')}`);
  const annexName = annex?.replace(/^Phụ lục\s*/i, '').trim();
  const annexVi = annexName ? `Phụ lục ${annexName}` : '';
  const annexEn = annexName ? `Annex ${ROMAN.test(annexName) ? annexName : annexName}` : '';
  return {
    vi: [vi.join(', '), annexVi].filter(Boolean).join(' và '),
    en: [`${items.length > 1 ? 'Arts.' : 'Art.'} ${en.join(', ')}`, annexEn].filter((s) => s && s !== 'Art. ').join(' and '),
  };
}

/** "form 01", "group 5", 'group "ký số"', '"tài khoản"': a place that is not an article. */
function placeOf(text: string): Localized | undefined {
  const form = /^form\s+(\S+)$/i.exec(text);
  if (form) return { vi: `mẫu ${form[1]}`, en: `form ${form[1]}` };
  const group = /^group\s+(.+)$/i.exec(text);
  if (group) return { vi: `nhóm ${group[1]}`, en: `group ${group[1]}` };
  if (/^"[^"]+"$/.test(text)) return { vi: `nhóm chức năng ${text}`, en: `function group ${text}` };
  return undefined;
}

/** "Art 5(e)", "Art 6(c),(k)", "Art 3(6), 5(đ)", "Art 3.10", "Art 4 + Phụ lục I"; a parenthesis with a space in it is a remark, not a clause. */
const ITEM = String.raw`\d+(?:\.\d+)?(?:\([^()\s]{1,3}\))*(?:\s*,\s*\([^()\s]{1,3}\))*`;
const ARTICLES = new RegExp(String.raw`\bArt\s+(${ITEM}(?:\s*,\s*${ITEM})*(?:\s*\+\s*Phụ lục\s+[IVX]+)?)`, 'g');

const MARKER_RE = /\[(G mention|G|P|K|I|secondary)\]/g;
const markerOf = (m: string): Marker => (m === 'G mention' ? 'mention' : m === 'secondary' ? 'secondary' : (m as Marker));

/**
 * A criterion's basis as citations. `basisOf` resolves a reference to
 * another criterion's basis ("CK-02 basis"). Unknown text is kept as a
 * remark, never dropped.
 */
export function parseBasis(basis: string, basisOf: (criterionId: string) => string | undefined = () => undefined): Citation[] {
  const out: Citation[] = [];
  for (const raw of basis.split(';')) {
    let part = raw.trim();
    if (!part) continue;
    const sameAs = /^([A-Z]+-\d+) basis$/.exec(part);
    if (sameAs) {
      const other = basisOf(sameAs[1]!);
      if (other !== undefined && other !== basis) out.push(...parseBasis(other, basisOf));
      else out.push({ documents: [], replaced: false, markers: [], remark: { vi: `như căn cứ của ${sameAs[1]}`, en: `as for ${sameAs[1]}` }, source: part });
      continue;
    }
    const markers: Marker[] = [...part.matchAll(MARKER_RE)].map((m) => markerOf(m[1]!));
    part = part.replace(MARKER_RE, ' ');
    // "(S14)" or "/S14": the secondary reports.
    if (/(^|[\s/(])S14\)?(?=$|[\s/)])/.test(part)) {
      markers.push('secondary');
      part = part.replace(/\(?\/?\bS14\b\)?/g, ' ');
    }
    if (/\bnews group\b/i.test(part)) {
      markers.push('secondary');
    }
    const documents: LegalDocument[] = [];
    let replaced = false;
    let rest = part;
    const take = (re: RegExp, each: (m: RegExpExecArray) => void) => {
      rest = rest.replace(re, (...args: unknown[]) => {
        each(args.slice(0, -2) as unknown as RegExpExecArray);
        return ' ';
      });
    };
    // Source codes: S1, "S8/S9".
    take(/\bS(\d{1,2})\b/g, (m) => {
      for (const id of SOURCE_CODES[`S${m[1]}`] ?? []) documents.push(DOCUMENTS[id]!);
    });
    // Numbered documents: "NĐ 59/2022 → 69/2024", "TT 01/2018 → 03/2025 VPCP", "TT 17/2025/TT-BKHCN".
    take(/\b(ND|NĐ|TT|QĐ)\s*(\d+)\/(\d{4})(?:\/[A-ZĐ-]+)?(?:\s*→\s*(\d+)\/(\d{4}))?(?:\s+VPCP)?/g, (m) => {
      const first = DOCUMENTS[docKey(m[1]!, m[2]!, m[3]!)];
      if (first) documents.push(first);
      if (m[4]) {
        const next = DOCUMENTS[docKey(m[1]!, m[4], m[5]!)];
        if (next) {
          documents.push(next);
          replaced = true;
        }
      }
    });
    take(/\bQCVN\s*120:2019\b/g, () => documents.push(DOCUMENTS['QCVN-120-2019']!));
    take(/^\s*766\b/g, () => documents.push(DOCUMENTS['QD-766-2022']!));
    let where: Localized | undefined;
    take(/\bpháp điển\s+(Điều\s+[\w.]+)/gi, (m) => {
      documents.push(DOCUMENTS.PHAP_DIEN!);
      where = { vi: m[1]!, en: m[1]!.replace(/^Điều/, 'Article') };
    });
    take(ARTICLES, (m) => {
      where = formatArticles(m[1]!.trim());
    });
    if (!where) {
      take(/\b(form\s+\d+|group\s+(?:\d+|"[^"]+")|"[^"]+")/g, (m) => {
        where ??= placeOf(m[1]!);
      });
    }
    rest = rest.replace(/\bnews group\b/gi, ' ').replace(/\/+/g, ' ').replace(/\s+/g, ' ').trim();
    let remark = remarkOf(rest) ?? (/\bnews group\b/i.test(part) && documents.length === 0 ? REMARKS.find(([re]) => re.test('news group'))![1] : undefined);
    // A remark that only repeats a document's title says nothing more.
    if (remark && documents.some((d) => d.title?.vi === remark!.vi)) remark = undefined;
    out.push({ documents, replaced, ...(where ? { where } : {}), markers: [...new Set(markers)], ...(remark ? { remark } : {}), source: raw.trim() });
  }
  return out;
}

/** A citation as one line a reader can look up: document kind, number and name, place, remark. */
export function formatCitation(c: Citation, locale: 'vi' | 'en'): string {
  const docs = c.documents.map((d) => `${[d.kind[locale], d.number].filter(Boolean).join(' ')}${d.title ? ` (${d.title[locale]})` : ''}`);
  const joined = c.replaced && docs.length === 2 ? `${docs[0]}${locale === 'vi' ? ', nay thay bằng ' : ', now replaced by '}${docs[1]}` : docs.join(locale === 'vi' ? ' và ' : ' and ');
  const parts = [joined, c.where?.[locale], c.remark?.[locale]].filter((s): s is string => !!s);
  if (parts.length === 0) return c.markers.map((m) => MARKERS[m].label[locale]).join('; ');
  return parts.join(', ');
}
