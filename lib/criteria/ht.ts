import type { PageSnapshot } from '../snapshot/schema';
import { anyOf, dedupe, excerpt, findIframes, findImages, findLabelledValue, findLinks, findScripts, findText, labelMatcher, ownOrDelegated, pageAt, splitNationalLinks } from './match';
import { EVIDENCE_CAP, type Evidence, type Group } from './types';

/** Short visible texts (a chat bubble's caption, a button), not sentences of an article that mention the words. */
function findShortText(page: PageSnapshot, labels: readonly string[], maxChars = 40): Evidence[] {
  const match = labelMatcher(labels);
  const out: Evidence[] = [];
  const consider = (selector: string, text: string) => {
    if (text.length <= maxChars && match(text)) out.push({ pageUrl: page.url, selector, text: excerpt(text) });
  };
  for (const t of page.texts) consider(t.selector, t.text);
  for (const b of page.buttons) consider(b.selector, b.text);
  for (const l of page.links) if (l.label) consider(l.selector, l.label);
  return dedupe(out);
}

// ---------------------------------------------------------------------------
// HT-05: hotline numbers.

/** Labels under which portals show their support line. */
const HOTLINE_LABELS = [
  'Tổng đài hỗ trợ',
  'Tổng đài',
  'Hotline',
  'Đường dây nóng',
  'Hỗ trợ sử dụng',
  'Hỗ trợ kỹ thuật',
  'Hỗ trợ trực tuyến',
  'Hướng dẫn thủ tục hành chính',
  'Số điện thoại hỗ trợ',
  'Điện thoại hỗ trợ',
  'Liên hệ hỗ trợ',
];

/**
 * Vietnamese numbers as portals write them: 0293.3554567, 024.668.22443,
 * 02373 900 900, 0912 345 678, (0237) 3852 123, +84 …, 1800 1096, 1900 xxxx.
 * Candidates are validated on their digits, so dates (12.05.2024), procedure
 * codes (1.000123) and dossier codes (000.00.47.H55-…) are not numbers.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])(?:\(\+?84\)|\+84|\(0|0)\s?\d{1,4}\)?(?:[\s.-]?\d{2,5}){1,4}(?!\p{N})/gu;
const TOLL_NUMBER = /(?<![\p{N}.,/])1[89]00(?:[\s.-]?\d{2,4}){1,3}(?![\p{N}/])/u;
/** Short service numbers such as HCMC's 1022; only with a label, never on their own. */
const SHORT_NUMBER = /(?<![\p{N}.,/-])1\d{2,3}(?![\p{N}.,/-])/u;
/** Visitor counters are never evidence, and their figures are not phone numbers. */
const COUNTER = /lượt truy cập|truy cập|đang online|đang trực tuyến|trực tuyến:|lượt xem|hôm nay|hôm qua|thống kê/u;

export function hasPhoneNumber(text: string): boolean {
  if (TOLL_NUMBER.test(text)) return true;
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    let digits = m[0].replace(/\D/g, '');
    if (digits.startsWith('84')) digits = `0${digits.slice(2)}`;
    if (/^0[1-9]\d{8,9}$/.test(digits)) return true;
  }
  return false;
}

function hotlineValue(text: string, ownText: boolean): boolean {
  // In a footer line the counters may follow the hotline: only what comes before them is read.
  const before = text.split(COUNTER)[0]!;
  if (hasPhoneNumber(before)) return true;
  // A short number counts right next to its label ("Tổng đài: 1022"), or alone in the next element.
  const bare = before.replace(/[\s:()–-]+/gu, ' ').trim();
  return ownText ? SHORT_NUMBER.test(bare.slice(0, 25)) : /^1\d{2,3}$/.test(bare);
}

function telLinks(page: PageSnapshot): Evidence[] {
  return page.links
    .filter((l) => /^tel:/i.test(l.href) && l.href.replace(/\D/g, '').length >= 3)
    .slice(0, EVIDENCE_CAP)
    .map((l) => ({ pageUrl: page.url, selector: l.selector, text: excerpt(l.text || l.label || l.href) }));
}

// ---------------------------------------------------------------------------
// HT-06: chat widgets, HT-07: social channels.

/** Chat widgets and chatbots seen on portals, by script or frame address. */
const CHAT_URLS: (string | RegExp)[] = [
  /chat-?bot/i,
  /live-?chat/i,
  /chat-?widget/i,
  /webchat/i,
  'hanhchinhcong.net',
  'page.widget.zalo.me',
  'customerchat',
  'tawk.to',
  'subiz',
  'fchat.vn',
  'smartbot',
  'crisp.chat',
  'tidio',
  'botpress',
  'kommunicate',
];
const CHAT_CODE = [
  /zalo-chat-widget/i,
  /fb-customerchat/i,
  /Tawk_API/,
  /\$crisp/,
  /["'`][^"'`\n]*chat-?bot[^"'`\n]*["'`]/i,
];
const CHAT_CAPTIONS = ['Trợ lý ảo', 'Chatbot', 'Chat bot', 'Trợ lý ảo hỗ trợ', 'Hỏi trợ lý ảo', 'Chat với trợ lý ảo'];

/** Zalo Official Account links (zalo.me/<oa>, oa.zalo.me), not share buttons (sp.zalo.me). */
const ZALO_OA = /^https?:\/\/(?:oa\.)?zalo\.me\/(?!share)[\w.-]+/i;
/** Facebook pages, not share dialogs, plugins or login. */
const FACEBOOK_PAGE = /^https?:\/\/(?:www\.|m\.|web\.)?(?:facebook|fb)\.com\/(?!sharer|share|dialog|plugins|login|tr[/?]|v\d|\?)[\w.-]+/i;

export const support: Group = {
  id: 'HT',
  title: { vi: 'Kênh tương tác và hỗ trợ người dân', en: 'Interaction and support channels' },
  criteria: [
    {
      id: 'HT-01',
      group: 'HT',
      title: { vi: 'Tiếp nhận phản ánh, kiến nghị', en: 'Feedback/complaint (PAKN) channel' },
      basis: 'S1 Art 6(s) [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng có mục "Phản ánh kiến nghị" (ví dụ /portaldvc/pakn-dvc-tinh) hoặc liên kết tới trang gửi phản ánh của Cổng DVC quốc gia (dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html). Mở mục đó để xác nhận có biểu mẫu gửi phản ánh.',
        en: 'The portal has a "Phản ánh kiến nghị" section (e.g. /portaldvc/pakn-dvc-tinh) or links to the national portal\'s feedback form (dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html). Open it to confirm a submission form exists.',
      },
      check: (page) => {
        const labels = ['Phản ánh kiến nghị', 'Phản ánh, kiến nghị', 'Gửi phản ánh', 'Tiếp nhận phản ánh', 'PAKN'];
        const urls = ['/pakn', 'pakn-', /phan-?anh-?kien-?nghi/i, 'phananhkiennghi'];
        const { own, national } = splitNationalLinks(page);
        return ownOrDelegated(
          anyOf(pageAt(page, urls), findLinks(own, { urls, labels, slugs: true }), findText(own, labels)),
          findLinks(national, { urls: ['/p/phananhkiennghi', 'pakn'], labels }),
        );
      },
    },
    {
      id: 'HT-02',
      group: 'HT',
      title: { vi: 'Công khai kết quả trả lời PAKN', en: 'Answers published' },
      basis: '[I]; NĐ 20/2008 [K]',
      method: 'assisted',
      howToVerify: {
        vi: 'Tìm danh sách phản ánh, kiến nghị đã được trả lời (ví dụ /danh-sach-pakn-dvc-tinh) và mở vài mục để xác nhận có nội dung trả lời của cơ quan có thẩm quyền.',
        en: 'Find the list of answered feedback (e.g. /danh-sach-pakn-dvc-tinh) and open a few items to confirm they carry the competent agency\'s answer.',
      },
      check: (page) => {
        const labels = [
          'Danh sách phản ánh kiến nghị',
          'Danh sách phản ánh, kiến nghị',
          'Kết quả trả lời phản ánh',
          'Kết quả xử lý phản ánh',
          'Phản ánh kiến nghị đã trả lời',
          'Phản ánh, kiến nghị đã được trả lời',
          'Phản ánh, kiến nghị đã trả lời',
          'Nội dung trả lời',
          'Trả lời phản ánh',
        ];
        const urls = ['danh-sach-pakn', 'pakn-da-tra-loi'];
        return { evidence: anyOf(pageAt(page, urls), findLinks(page, { urls, labels, slugs: true }), findText(page, labels)) };
      },
    },
    {
      id: 'HT-03',
      group: 'HT',
      title: { vi: 'Đánh giá mức độ hài lòng', en: 'Satisfaction rating' },
      basis: 'S1 Art 6(i),(l) [G]; S8 group 5 [P]',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng có chức năng "Đánh giá hài lòng" (ví dụ /danh-gia-hai-long) hoặc "Khảo sát ý kiến" để người dân đánh giá việc giải quyết hồ sơ. Điểm Bộ chỉ số 766 về mức độ hài lòng không phải là chức năng này.',
        en: 'The portal offers a satisfaction rating ("Đánh giá hài lòng", e.g. /danh-gia-hai-long) or a "Khảo sát ý kiến" survey on how a dossier was handled. The 766-index satisfaction score is not this function.',
      },
      check: (page) => {
        const labels = [
          'Đánh giá hài lòng',
          'Đánh giá sự hài lòng',
          'Đánh giá mức độ hài lòng',
          'Khảo sát ý kiến',
          'Khảo sát sự hài lòng',
          'Khảo sát mức độ hài lòng',
          'Đánh giá chất lượng phục vụ',
        ];
        const urls = ['danh-gia-hai-long', 'danhgiahailong', 'khao-sat-y-kien'];
        return { evidence: anyOf(pageAt(page, urls), findLinks(page, { urls, labels, slugs: true }), findText(page, labels)) };
      },
    },
    {
      id: 'HT-04',
      group: 'HT',
      title: { vi: 'Hỏi đáp / câu hỏi thường gặp', en: 'Q&A / FAQ' },
      basis: '[I]',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng có mục "Hỏi đáp" hoặc "Câu hỏi thường gặp" (ví dụ /portaldvc/hoi-dap). Mở mục đó để xác nhận có nội dung.',
        en: 'The portal has a "Hỏi đáp" (Q&A) or "Câu hỏi thường gặp" (FAQ) section (e.g. /portaldvc/hoi-dap). Open it to confirm it has content.',
      },
      check: (page) => {
        const labels = ['Hỏi đáp', 'Hỏi - đáp', 'Hỏi – đáp', 'Hỏi/đáp', 'Câu hỏi thường gặp', 'Giải đáp thắc mắc', 'FAQ'];
        const urls = [/\/(?:faq|faqs|hoidap)(?:[/?#.]|$)/i, 'cau-hoi-thuong-gap'];
        return { evidence: anyOf(pageAt(page, [...urls, 'hoi-dap']), findLinks(page, { urls, labels, slugs: true }), findText(page, labels)) };
      },
    },
    {
      id: 'HT-05',
      group: 'HT',
      title: { vi: 'Tổng đài/hotline hỗ trợ', en: 'Support hotline shown' },
      basis: 'news group [I]',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng hiển thị số tổng đài/hotline hỗ trợ kèm nhãn (ví dụ "Tổng đài hỗ trợ: 0293.3554567", "Hotline 1022") hoặc liên kết gọi điện tel:. Số điện thoại trụ sở không kèm nhãn hỗ trợ và bộ đếm lượt truy cập không được tính.',
        en: 'The portal shows a support hotline with its label (e.g. "Tổng đài hỗ trợ: 0293.3554567", "Hotline 1022") or a tel: link. An office number without a support label, and visitor counters, do not count.',
      },
      check: (page) => ({
        evidence: anyOf(
          telLinks(page),
          findLabelledValue(page, { labels: HOTLINE_LABELS, value: hotlineValue, ignore: (t) => COUNTER.test(t) }),
        ),
      }),
    },
    {
      id: 'HT-06',
      group: 'HT',
      title: { vi: 'Chatbot / trợ lý ảo', en: 'Chatbot / virtual assistant' },
      basis: 'news group; S4 "trợ lý" [secondary]',
      method: 'auto',
      howToVerify: {
        vi: 'Trang có khung chat/trợ lý ảo (nút chat nổi, khung chat Zalo OA, chatbot nhúng bằng script). Bấm vào để xác nhận trợ lý trả lời được câu hỏi về thủ tục.',
        en: 'The page has a chat widget or virtual assistant (floating chat bubble, Zalo OA chat widget, embedded chatbot script). Click it to confirm it answers questions about procedures.',
      },
      check: (page) => ({
        evidence: anyOf(
          findScripts(page, { src: CHAT_URLS, code: CHAT_CODE }),
          findIframes(page, CHAT_URLS),
          findImages(page, { src: [/chat-?bot/i, /tro-?ly-?ao/i], alt: ['Chatbot', 'Chat bot', 'Trợ lý ảo'] }),
          findShortText(page, CHAT_CAPTIONS),
        ),
      }),
    },
    {
      id: 'HT-07',
      group: 'HT',
      title: { vi: 'Kênh mạng xã hội (Zalo OA, Facebook)', en: 'Social channels' },
      basis: 'S1 Art 3(7) [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng liên kết tới Zalo OA hoặc trang Facebook của cơ quan (biểu tượng, mã QR "Quét để quan tâm", khung trang Facebook). Nút chia sẻ bài viết lên Facebook/Zalo không phải là kênh của cơ quan.',
        en: 'The portal links to the agency\'s Zalo Official Account or Facebook page (icon, "Quét để quan tâm" QR code, Facebook page widget). Share buttons are not the agency\'s channel.',
      },
      check: (page) => ({
        evidence: anyOf(
          findLinks(page, { urls: [ZALO_OA, FACEBOOK_PAGE, 'quan-tam-zalo'] }),
          findIframes(page, ['facebook.com/plugins/page', 'page.widget.zalo.me', /zalo\.me\/.*follow/i]),
          findImages(page, { src: [/qr[-_]?zalo|zalo[-_]?qr/i], alt: ['Quét để quan tâm', 'QR Zalo', 'Mã QR Zalo', 'Zalo OA'] }),
          findText(page, ['Quét để quan tâm', 'Quét mã để quan tâm', 'Quét mã QR để quan tâm', 'Zalo OA', 'Zalo Official Account']),
        ),
      }),
    },
  ],
};
