import type { Check, Checks } from '../check';
import { findIframes, findImages, findLabelledValues, findLinks, findScripts, findText, linkEvidence, pageAt, scanText } from '../find';
import { anyOf, evidenceAt, exact, phrase, urls } from '../match';
import { routes } from '../platforms';
import type { Evidence } from '../types';
import type { PageView } from '../views';
import { none, ownOrDelegated, strong, weak } from './common';

/** HT — interaction and support channels. */

// HT-01 … HT-04: feedback, its answers, satisfaction, Q&A.
const FEEDBACK = phrase([
  'Phản ánh kiến nghị',
  'Phản ánh, kiến nghị',
  'Gửi phản ánh',
  'Tiếp nhận phản ánh',
  'PAKN',
  'Phản ánh của công dân',
  'Phản ánh của người dân',
  'Góp ý, phản ánh',
  'Góp ý phản ánh',
  'Góp ý & phản ánh',
  'Phản ánh, góp ý',
]);
/** A menu entry or button that is just "Phản ánh" (a ward site's "Phản ánh | Tra cứu"). */
const FEEDBACK_ENTRY = exact(['Phản ánh', 'Gửi phản ánh', 'Phản ánh trực tuyến']);
const FEEDBACK_ROUTE = routes('feedback');
const NATIONAL_FEEDBACK = urls(['/p/phananhkiennghi', 'pakn']);
const ANSWERS = phrase([
  'Danh sách phản ánh kiến nghị',
  'Danh sách phản ánh, kiến nghị',
  'Kết quả trả lời phản ánh',
  'Kết quả xử lý phản ánh',
  'Phản ánh kiến nghị đã trả lời',
  'Phản ánh, kiến nghị đã được trả lời',
  'Phản ánh, kiến nghị đã trả lời',
  'Nội dung trả lời',
  'Trả lời phản ánh',
]);
const ANSWER_URLS = urls(['danh-sach-pakn', 'pakn-da-tra-loi']);
const SATISFACTION = phrase([
  'Bạn có hài lòng',
  'Quý khách có hài lòng',
  'Ông/bà có hài lòng',
  'Ông (bà) có hài lòng',
  'Đánh giá của khách hàng',
  'Đánh giá hài lòng',
  'Đánh giá sự hài lòng',
  'Đánh giá mức độ hài lòng',
  'Khảo sát ý kiến',
  'Khảo sát sự hài lòng',
  'Khảo sát mức độ hài lòng',
  'Đánh giá chất lượng phục vụ',
]);
const SATISFACTION_ROUTE = routes('satisfaction');
const FAQ = phrase(['Hỏi đáp', 'Hỏi - đáp', 'Hỏi – đáp', 'Hỏi/đáp', 'Hỏi và đáp', 'Câu hỏi thường gặp', 'Giải đáp thắc mắc', 'FAQ', 'Danh sách câu hỏi', 'Gửi câu hỏi', 'Đặt câu hỏi']);
/** Rating buttons: a counter's "Hài lòng" / "Không hài lòng" screen. */
const RATING = exact(['Rất hài lòng', 'Hài lòng', 'Không hài lòng', 'Chưa hài lòng']);

/** Two or more different rating choices among the page's buttons and links. */
function ratingControls(page: PageView): Evidence[] {
  const hits = page.texts.filter((t) => (t.kind === 'button' || t.kind === 'link') && RATING(t.norm));
  return new Set(hits.map((t) => t.norm)).size >= 2 ? hits.slice(0, 3).map((t) => evidenceAt(page.url, t.selector, t.raw)) : [];
}
const FAQ_ROUTE = routes('faq');

// ---------------------------------------------------------------------------
// HT-05: support hotline.

/** Labels under which portals show their support line: a number under one of these is the hotline. */
const SUPPORT_LABEL = phrase([
  'Tổng đài hỗ trợ',
  'Tổng đài',
  'Tổng đài giải đáp',
  'Hotline',
  'Đường dây nóng',
  'Hỗ trợ sử dụng',
  'Hỗ trợ kỹ thuật',
  'Hỗ trợ trực tuyến',
  'Hỗ trợ',
  'Bộ phận hỗ trợ',
  'Trung tâm hỗ trợ',
  'Hướng dẫn thủ tục hành chính',
  'Hướng dẫn TTHC',
  'Hướng dẫn kỹ thuật',
  'Hướng dẫn sử dụng',
  'Số điện thoại hỗ trợ',
  'Điện thoại hỗ trợ',
  'Liên hệ hỗ trợ',
  'Giải đáp',
]);
/** A plain phone label: the number may be the support line, or the office's switchboard. */
const PHONE_LABEL = phrase(['Điện thoại', 'Số điện thoại', 'Điện thoại liên hệ', 'ĐT', 'Đt', 'SĐT', 'Tel', 'Phone', 'Di động', 'Liên hệ']);

/**
 * Vietnamese numbers as portals write them: 0293.3554567, 024.668.22443,
 * 02373 900 900, 0912 345 678, (0237) 3852 123, +84 …, (84-024) 3795 7078,
 * (+84 4) 3.7993125, 1800 1096, 1900 xxxx. Candidates are validated on their
 * digits, so dates (12.05.2024), procedure codes (1.000123) and dossier codes
 * (000.00.47.H55-…) are not numbers. Bounded quantifiers only.
 */
/** Runs of digits and separators; each run is split into numbers and validated on its digits. Linear. */
const PHONE_RUN = /(?<![\p{L}\p{N}])[+(]?\d[\d\s.()+-]{5,40}/gu;
const RUN_SPLIT = /\s[-–]\s|[,;/]|\s{2,}/;
const TOLL_NUMBER = /(?<![\p{N}.,/])1[89]00[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){0,2}(?![\p{N}/])/u;
/** Short service numbers such as HCMC's 1022; only with a label, never on their own. */
const SHORT_NUMBER = /(?<![\p{N}.,/-])1\d{2,3}(?![\p{N}.,/-])/u;
/** A text that begins with the number (icons and brackets aside). */
const BARE_NUMBER = /^[^\p{L}\p{N}]{0,5}[+(]?\d/u;
/** Visitor counters are never evidence, and their figures are not phone numbers. */
const COUNTER = /lượt truy cập|truy cập|đang online|đang trực tuyến|trực tuyến:|lượt xem|hôm nay|hôm qua|thống kê/u;

/** A Vietnamese phone number in the text (a country code 84 without a plus only where `labelled`). */
export function hasPhoneNumber(text: string, labelled = false): boolean {
  if (TOLL_NUMBER.test(text)) return true;
  for (const run of text.matchAll(PHONE_RUN)) {
    for (const piece of run[0].split(RUN_SPLIT)) {
      const p = piece.trim();
      const international = /^(?:\+|\(\+)84/.test(p) || (/^\(?84/.test(p) && labelled);
      let digits = p.replace(/\D/g, '');
      if (international && digits.startsWith('84')) digits = `0${digits.slice(2).replace(/^0/, '')}`;
      if (/^0[1-9]\d{8,9}$/.test(digits)) return true;
      // Numbers of the state's own networks (080 government, 069 military), where a label says it is a phone.
      if (labelled && /^0(?:80\d{5}|69\d{6})$/.test(digits)) return true;
    }
  }
  return false;
}

function phoneValue(labelled: boolean) {
  return (text: string, ownText: boolean): boolean => {
    // In a footer line the counters may follow the number: only what comes before them is read.
    const before = text.split(COUNTER)[0]!;
    if (hasPhoneNumber(before, labelled)) return true;
    // A short number counts right next to its label ("Tổng đài: 1022"), or alone in the next element.
    const plain = before.replace(/[\s:()–-]+/gu, ' ').trim();
    return labelled && (ownText ? SHORT_NUMBER.test(plain.slice(0, 25)) : /^1\d{2,3}$/.test(plain));
  };
}
const PHONE_VALUE = phoneValue(true);

/** The support hotline: strong under a support label or as a 1900/1800 number; weak as a plain phone. */
export function hotline(page: PageView): { strong: Evidence[]; weak: Evidence[] } {
  return page.memo('hotline', () => {
    const support = findLabelledValues(page, { label: SUPPORT_LABEL, value: PHONE_VALUE, ignore: (t) => COUNTER.test(t), maxLabelLength: 300 }).map((v) => v.evidence);
    const toll = scanText(page, (t) => t.kind === 'text' && t.raw.length <= 120 && TOLL_NUMBER.test(t.raw) && !COUNTER.test(t.norm));
    const tel = page.links.filter((l) => /^tel:/i.test(l.href) && l.href.replace(/\D/g, '').length >= 3);
    // A call link to a hotline-shaped number (1900/1800, a short service number) or under a support label.
    const telSupport = tel.filter((l) => {
      const number = l.href.replace(/^tel:/i, '');
      return SUPPORT_LABEL(l.norm) || SUPPORT_LABEL(l.normLabel) || TOLL_NUMBER.test(number) || /^1\d{2,3}$/.test(number.replace(/\D/g, ''));
    });
    const plain = findLabelledValues(page, { label: PHONE_LABEL, value: PHONE_VALUE, ignore: (t) => COUNTER.test(t), maxLabelLength: 400 }).map((v) => v.evidence);
    // A number on its own (after a phone icon) in a short text: a contact line, not yet a hotline.
    const bare = scanText(page, (t) => t.kind === 'text' && t.raw.length <= 60 && BARE_NUMBER.test(t.raw) && !COUNTER.test(t.norm) && hasPhoneNumber(t.raw, true));
    return {
      strong: anyOf(telSupport.map((l) => linkEvidence(page, l)), support, toll),
      weak: anyOf(tel.filter((l) => !telSupport.includes(l)).map((l) => linkEvidence(page, l)), plain, bare),
    };
  });
}

const ht05: Check = (page) => {
  const found = hotline(page);
  if (found.strong.length > 0) return strong(found.strong);
  if (found.weak.length > 0) return weak(found.weak, { id: 'HT-05.plainPhone' });
  return none();
};

// HT-06: chat widgets; HT-07: social channels.
const CHAT_URLS = urls([
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
]);
const CHAT_CODE = [/zalo-chat-widget/i, /fb-customerchat/i, /Tawk_API/, /\$crisp/, /["'`][^"'`\n]{0,200}chat-?bot[^"'`\n]{0,200}["'`]/i];
const CHAT_CAPTIONS = phrase(['Trợ lý ảo', 'Chatbot', 'Chat bot', 'Trợ lý ảo hỗ trợ', 'Hỏi trợ lý ảo', 'Chat với trợ lý ảo']);
const CHAT_IMAGES = { src: urls([/chat-?bot/i, /tro-?ly-?ao/i]), alt: phrase(['Chatbot', 'Chat bot', 'Trợ lý ảo']) };

/** Zalo Official Account links (zalo.me/<oa>, oa.zalo.me), not share buttons (sp.zalo.me). */
const ZALO_OA = /^https?:\/\/(?:oa\.)?zalo\.me\/(?!share)[\w.-]+/i;
/** Facebook pages, not share dialogs, plugins or login. */
const FACEBOOK_PAGE = /^https?:\/\/(?:www\.|m\.|web\.)?(?:facebook|fb)\.com\/(?!sharer|share|dialog|plugins|login|tr[/?]|v\d|\?)[\w.-]+/i;
const SOCIAL_LINKS = urls([ZALO_OA, FACEBOOK_PAGE, 'quan-tam-zalo']);
const SOCIAL_FRAMES = urls(['facebook.com/plugins/page', 'page.widget.zalo.me', /zalo\.me\/.{0,200}follow/i]);
const SOCIAL_IMAGES = { src: urls([/qr[-_]?zalo|zalo[-_]?qr/i]), alt: phrase(['Quét để quan tâm', 'QR Zalo', 'Mã QR Zalo', 'Zalo OA']) };
const SOCIAL_TEXT = phrase(['Quét để quan tâm', 'Quét mã để quan tâm', 'Quét mã QR để quan tâm', 'Zalo OA', 'Zalo Official Account']);

export const supportChecks: Checks = {
  'HT-01': (page) =>
    ownOrDelegated(
      anyOf(
        pageAt(page, FEEDBACK_ROUTE),
        findLinks(page, { urls: FEEDBACK_ROUTE, labels: FEEDBACK, slugs: true, among: 'own' }),
        findLinks(page, { labels: FEEDBACK_ENTRY, among: 'own' }),
        findText(page, FEEDBACK, { own: true }),
      ),
      findLinks(page, { urls: NATIONAL_FEEDBACK, labels: FEEDBACK, among: 'national' }),
    ),
  'HT-02': (page) => ({ evidence: anyOf(pageAt(page, ANSWER_URLS), findLinks(page, { urls: ANSWER_URLS, labels: ANSWERS, slugs: true }), findText(page, ANSWERS)) }),
  'HT-03': (page) => ({
    evidence: anyOf(pageAt(page, SATISFACTION_ROUTE), findLinks(page, { urls: SATISFACTION_ROUTE, labels: SATISFACTION, slugs: true }), findText(page, SATISFACTION), ratingControls(page)),
  }),
  'HT-04': (page) => ({ evidence: anyOf(pageAt(page, FAQ_ROUTE), findLinks(page, { urls: FAQ_ROUTE, labels: FAQ, slugs: true }), findText(page, FAQ)) }),
  'HT-05': ht05,
  'HT-06': (page) => ({
    evidence: anyOf(
      findScripts(page, { src: CHAT_URLS, code: CHAT_CODE }),
      findIframes(page, CHAT_URLS),
      findImages(page, CHAT_IMAGES),
      scanText(page, (t) => t.kind !== 'field' && t.kind !== 'placeholder' && t.kind !== 'title' && CHAT_CAPTIONS(t.norm), { maxLength: 40, needs: CHAT_CAPTIONS }),
    ),
  }),
  'HT-07': (page) => ({
    evidence: anyOf(findLinks(page, { urls: SOCIAL_LINKS }), findIframes(page, SOCIAL_FRAMES), findImages(page, SOCIAL_IMAGES), findText(page, SOCIAL_TEXT)),
  }),
};
