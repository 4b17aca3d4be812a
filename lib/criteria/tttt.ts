import type { PageSnapshot } from '../snapshot/schema';
import { escapeRegExp, normalizeVi, slugVi } from '../text/vietnamese';
import { anyOf, dedupe, excerpt, findLabelledValue, findLinks, findScripts, findText, ownOrDelegated, pageAt, splitNationalLinks } from './match';
import type { Evidence, Group } from './types';

/**
 * Menu entries: links whose text begins with the label ("Nghĩa vụ tài
 * chính", "Tra cứu nghĩa vụ tài chính"), or whose address has its slug as a
 * path segment. A procedure named "Xác định nghĩa vụ tài chính …" is not one.
 */
function findMenuLinks(page: PageSnapshot, labels: readonly string[]): Evidence[] {
  const start = new RegExp(`^(?:${labels.map((l) => escapeRegExp(normalizeVi(l))).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  const segments = labels.map((l) => new RegExp(`[/-]${escapeRegExp(slugVi(l))}(?:[/?#.]|$)`, 'i'));
  const out: Evidence[] = [];
  for (const l of page.links) {
    const path = l.href.replace(/^[a-z]+:\/\/[^/]+/i, '');
    if (start.test(normalizeVi(l.text)) || start.test(normalizeVi(l.label)) || segments.some((s) => s.test(path)))
      out.push({ pageUrl: page.url, selector: l.selector, text: excerpt(l.text || l.label || l.href) });
  }
  return dedupe(out);
}

/** Online payment as portals label it; never the bare word "Thanh toán". */
const PAYMENT_LABELS = [
  'Thanh toán trực tuyến',
  'Thanh toán phí, lệ phí',
  'Thanh toán phí lệ phí',
  'Thanh toán phí, lệ phí trực tuyến',
  'Thanh toán lệ phí trực tuyến',
  'Nền tảng thanh toán',
];
/** Local payment routes: /thanh-toan, /portaldvc/thanh-toan, legacy /portaldvc/KenhTin/thanh-toan.aspx?mahoso=. */
const PAYMENT_ROUTES: (string | RegExp)[] = [/\/thanh-?toan(?:[/?#.]|$)/i, 'thanh-toan-truc-tuyen', 'thanh-toan-phi-le-phi', 'thanhtoantructuyen'];
/** The national Payment Platform pages (dvc-thanh-toan-phi-le-phi-ho-so.html). */
const NATIONAL_PAYMENT = ['thanh-toan'];

/** Payment as a step of the application or a state of the citizen's dossiers. */
const PAYMENT_IN_FLOW_LABELS = [
  'Hồ sơ chờ thanh toán',
  'Chờ thanh toán',
  'Hồ sơ cần thanh toán',
  'Chọn hình thức thanh toán',
  'Lựa chọn hình thức thanh toán',
];
const PAYMENT_STEP = /^bước\s*\d+\s*[:.)–-]?\s*thanh toán/u;

const FEE_LABELS = [
  'Phí, lệ phí',
  'Phí/lệ phí',
  'Phí / lệ phí',
  'Phí lệ phí',
  'Lệ phí',
  'Phí',
  'Mức phí',
  'Mức lệ phí',
  'Mức thu phí',
  'Mức thu lệ phí',
];
const AMOUNT = String.raw`\d[\d.,]*\s*(?:đồng|đ|vnđ|vnd)(?![\p{L}])`;
/**
 * The fee itself: "Lệ phí: 50.000 đồng", "Phí : 0 Đồng", "Phí, lệ phí: Không",
 * or an amount in the next cell. "Lệ phí trước bạ được miễn …" (a sentence) is not.
 */
function feeValue(text: string, ownText: boolean): boolean {
  if (ownText) return new RegExp(`^[^:;]{0,60}:\\s*(?:${AMOUNT}|không|miễn)|^\\s*${AMOUNT}`, 'u').test(text);
  return new RegExp(`^\\s*(?:${AMOUNT}|không(?: thu| có| quy định)?\\s*$|miễn)`, 'u').test(text);
}

export const onlinePayment: Group = {
  id: 'TTTT',
  title: { vi: 'Thanh toán trực tuyến (Kho bạc, thuế)', en: 'Online payment (State Treasury, tax)' },
  criteria: [
    {
      id: 'TTTT-01',
      group: 'TTTT',
      title: {
        vi: 'Thanh toán phí, lệ phí trực tuyến qua Nền tảng thanh toán của DVCQG',
        en: 'Fees paid through the national Payment Platform',
      },
      basis: 'S8/S9 [P]; news group',
      method: 'auto*',
      howToVerify: {
        vi: 'Cổng có mục "Thanh toán trực tuyến"/"Thanh toán phí, lệ phí" (ví dụ /portaldvc/thanh-toan) hoặc liên kết tới trang thanh toán của Cổng DVC quốc gia (dvc-thanh-toan-phi-le-phi-ho-so.html). Với hồ sơ thử có lệ phí, xác nhận chuyển sang Nền tảng thanh toán của Cổng DVC quốc gia.',
        en: 'The portal has a "Thanh toán trực tuyến" / "Thanh toán phí, lệ phí" entry (e.g. /portaldvc/thanh-toan) or links to the national portal\'s payment page (dvc-thanh-toan-phi-le-phi-ho-so.html). With a test dossier that has a fee, confirm payment goes through the national Payment Platform.',
      },
      check: (page) => {
        const { own, national } = splitNationalLinks(page);
        return ownOrDelegated(
          anyOf(
            pageAt(page, PAYMENT_ROUTES),
            findLinks(own, { urls: PAYMENT_ROUTES, labels: PAYMENT_LABELS, slugs: true }),
            findText(own, PAYMENT_LABELS),
            // Back-end partner value of the national Payment Platform in the portal's configuration.
            findScripts(page, { code: [/["']paymentplatform["']/i] }),
          ),
          findLinks(national, { urls: NATIONAL_PAYMENT, labels: PAYMENT_LABELS }),
        );
      },
    },
    {
      id: 'TTTT-02',
      group: 'TTTT',
      title: { vi: 'Thanh toán tích hợp trong luồng nộp hồ sơ', en: 'Payment inside the submission flow' },
      basis: '[I]',
      method: 'assisted',
      howToVerify: {
        vi: 'Nộp thử hồ sơ của một thủ tục có lệ phí: xác nhận có bước "Thanh toán" ngay trong quy trình nộp, hoặc hồ sơ "chờ thanh toán" trong khu vực cá nhân (ví dụ dvc-thanh-toan-phi-le-phi) mở thẳng tới cổng thanh toán.',
        en: 'Submit a test application for a procedure with a fee: confirm there is a payment step inside the submission flow, or a "chờ thanh toán" (awaiting payment) dossier in the personal area (e.g. dvc-thanh-toan-phi-le-phi) leading straight to payment.',
      },
      check: (page) => {
        const { own } = splitNationalLinks(page);
        const steps = page.texts
          .filter((t) => PAYMENT_STEP.test(normalizeVi(t.text)))
          .map((t) => ({ pageUrl: page.url, selector: t.selector, text: excerpt(t.text) }));
        return {
          evidence: anyOf(
            steps,
            findText(page, PAYMENT_IN_FLOW_LABELS),
            // The personal area's payment page; the national portal's own page is TTTT-01 evidence.
            pageAt(page, [/ho-so-ca-nhan\/[^?#]*thanh-toan/i, /\/dvc-thanh-toan-phi-le-phi(?!-ho-so)/i]),
            findLinks(own, { urls: [/ho-so-ca-nhan\/[^?#]*thanh-toan/i, /\/dvc-thanh-toan-phi-le-phi(?!-ho-so)/i] }),
          ),
        };
      },
    },
    {
      id: 'TTTT-03',
      group: 'TTTT',
      title: { vi: 'Kết nối Kho bạc/cơ quan thuế (nghĩa vụ tài chính)', en: 'Treasury/tax obligations (e.g. land)' },
      basis: 'news group; [K]',
      method: 'assisted',
      howToVerify: {
        vi: 'Tìm mục "Nghĩa vụ tài chính" (tra cứu, thanh toán nghĩa vụ tài chính về đất đai) hoặc liên kết nộp thuế điện tử. Với hồ sơ đất đai thử, xác nhận thông báo nghĩa vụ tài chính của cơ quan thuế hiện ra và nộp được trực tuyến.',
        en: 'Look for a "Nghĩa vụ tài chính" (financial obligations, e.g. land) entry or an e-tax payment link. With a test land dossier, confirm the tax authority\'s notice appears and can be paid online.',
      },
      check: (page) => ({
        evidence: anyOf(
          findMenuLinks(page, [
            'Nghĩa vụ tài chính',
            'Tra cứu nghĩa vụ tài chính',
            'Thanh toán nghĩa vụ tài chính',
            'Nộp nghĩa vụ tài chính',
            'Nộp thuế điện tử',
          ]),
          findLinks(page, { urls: ['thuedientu.gdt.gov.vn'] }),
          findText(page, ['Thanh toán nghĩa vụ tài chính', 'Tra cứu nghĩa vụ tài chính', 'Nộp nghĩa vụ tài chính trực tuyến']),
        ),
      }),
    },
    {
      id: 'TTTT-04',
      group: 'TTTT',
      title: { vi: 'Biên lai điện tử & tra cứu biên lai', en: 'E-receipts and lookup' },
      basis: '[I] from a real provincial portal; e-invoice rules [K]',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng có chức năng "Tra cứu biên lai điện tử" (ví dụ /tra-cuu-bien-lai-dien-tu) hoặc liên kết tới trang tra cứu biên lai của nhà cung cấp hóa đơn điện tử. Thử tra cứu một biên lai của hồ sơ thử đã nộp phí.',
        en: 'The portal offers "Tra cứu biên lai điện tử" (e-receipt lookup, e.g. /tra-cuu-bien-lai-dien-tu) or links to the e-invoice provider\'s receipt lookup. Try looking up the receipt of a test dossier that paid a fee.',
      },
      check: (page) => {
        const labels = ['Tra cứu biên lai điện tử', 'Tra cứu biên lai', 'Tra cứu hóa đơn điện tử', 'Tải biên lai điện tử', 'Xem biên lai điện tử'];
        const urls = ['tra-cuu-bien-lai', 'bien-lai-dien-tu', 'tracuubienlai', 'sinvoice.viettel.vn', 'vinvoice.viettel.vn', 'vnpt-invoice.com.vn'];
        return {
          evidence: anyOf(
            pageAt(page, urls),
            findLinks(page, { urls, labels: [...labels, 'Biên lai điện tử'], slugs: true }),
            findText(page, labels),
            // Viettel S-Invoice / VNPT Invoice configuration in the page.
            findScripts(page, { code: [/sinvoice\.viettel\.vn|vinvoice\.viettel\.vn|vnpt-invoice\.com\.vn/i] }),
          ),
        };
      },
    },
    {
      id: 'TTTT-05',
      group: 'TTTT',
      title: { vi: 'Hiển thị mức phí/lệ phí và căn cứ', en: 'Fee amounts and basis shown' },
      basis: 'CK-02 basis',
      method: 'auto',
      howToVerify: {
        vi: 'Trang chi tiết thủ tục ghi mức "Phí, lệ phí" (số tiền, hoặc "Không") và văn bản quy định lệ phí. Đối chiếu mức phí với Cơ sở dữ liệu quốc gia về TTHC.',
        en: 'The procedure page states the "Phí, lệ phí" amount (a sum, or "Không" for none) and the regulation setting it. Compare the amount with the national TTHC database.',
      },
      check: (page) => ({
        evidence: anyOf(
          findText(page, ['Văn bản quy định lệ phí', 'Văn bản quy định phí, lệ phí', 'Căn cứ thu phí, lệ phí']),
          findLabelledValue(page, { labels: FEE_LABELS, value: feeValue, atStart: true, window: 4 }),
        ),
      }),
    },
  ],
};
