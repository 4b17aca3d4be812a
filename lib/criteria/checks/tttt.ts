import type { Check, Checks } from '../check';
import { findLabelledValues, findLinks, findScripts, findText, linkEvidence, pageAt, scanText } from '../find';
import { anyOf, dedupe, phrase, start, urls } from '../match';
import { routes } from '../platforms';
import type { PageView } from '../views';
import { ownOrDelegated, weak } from './common';

/** TTTT — online payment (State Treasury, tax). */

/** Online payment as portals label it; never the bare word "Thanh toán". */
const PAYMENT = phrase([
  'Thanh toán trực tuyến',
  'Thanh toán phí, lệ phí',
  'Thanh toán phí lệ phí',
  'Thanh toán phí, lệ phí trực tuyến',
  'Thanh toán lệ phí trực tuyến',
  'Nền tảng thanh toán',
]);
const PAYMENT_ROUTE = routes('payment');
/** The national Payment Platform pages (dvc-thanh-toan-phi-le-phi-ho-so.html). */
const NATIONAL_PAYMENT = urls(['thanh-toan']);
const PAYMENT_PARTNER = [/["']paymentplatform["']/i];

const tttt01: Check = (page) =>
  ownOrDelegated(
    anyOf(
      pageAt(page, PAYMENT_ROUTE),
      findLinks(page, { urls: PAYMENT_ROUTE, labels: PAYMENT, slugs: true, among: 'own' }),
      findText(page, PAYMENT, { own: true }),
      // Back-end partner value of the national Payment Platform in the portal's configuration.
      findScripts(page, { code: PAYMENT_PARTNER }),
    ),
    findLinks(page, { urls: NATIONAL_PAYMENT, labels: PAYMENT, among: 'national' }),
  );

/** Payment as a step of the application or a state of the citizen's dossiers. */
const PAYMENT_IN_FLOW = phrase(['Hồ sơ chờ thanh toán', 'Chờ thanh toán', 'Hồ sơ cần thanh toán', 'Chọn hình thức thanh toán', 'Lựa chọn hình thức thanh toán']);
const PAYMENT_STEP = /^bước\s?\d{1,2}\s?[:.)–-]?\s?thanh toán/u;
const PERSONAL_PAYMENT = urls([/ho-so-ca-nhan\/[^?#]{0,200}thanh-toan/i, /\/dvc-thanh-toan-phi-le-phi(?!-ho-so)/i]);

/**
 * Menu entries: links whose text begins with the label ("Nghĩa vụ tài
 * chính", "Tra cứu nghĩa vụ tài chính"), or whose address has its slug as a
 * path segment. A procedure named "Xác định nghĩa vụ tài chính …" is not one.
 */
const FINANCIAL_OBLIGATION_MENU = start(['Nghĩa vụ tài chính', 'Tra cứu nghĩa vụ tài chính', 'Thanh toán nghĩa vụ tài chính', 'Nộp nghĩa vụ tài chính', 'Nộp thuế điện tử']);
const FINANCIAL_OBLIGATION_ROUTE = urls([/[/-](?:nghia-vu-tai-chinh|tra-cuu-nghia-vu-tai-chinh|thanh-toan-nghia-vu-tai-chinh|nop-nghia-vu-tai-chinh|nop-thue-dien-tu)(?:[/?#.]|$)/i]);
const E_TAX = urls(['thuedientu.gdt.gov.vn']);
const FINANCIAL_OBLIGATION = phrase(['Thanh toán nghĩa vụ tài chính', 'Tra cứu nghĩa vụ tài chính', 'Nộp nghĩa vụ tài chính trực tuyến']);

function obligationMenu(page: PageView) {
  return dedupe(
    page.links.filter((l) => FINANCIAL_OBLIGATION_MENU(l.norm) || FINANCIAL_OBLIGATION_MENU(l.normLabel) || FINANCIAL_OBLIGATION_ROUTE(l.path)).map((l) => linkEvidence(page, l)),
  );
}

const RECEIPT_LOOKUP = phrase(['Tra cứu biên lai điện tử', 'Tra cứu biên lai', 'Tra cứu hóa đơn điện tử', 'Tải biên lai điện tử', 'Xem biên lai điện tử']);
const RECEIPT_LINK = phrase(['Tra cứu biên lai điện tử', 'Tra cứu biên lai', 'Tra cứu hóa đơn điện tử', 'Tải biên lai điện tử', 'Xem biên lai điện tử', 'Biên lai điện tử']);
const RECEIPT_URLS = urls(['tra-cuu-bien-lai', 'bien-lai-dien-tu', 'tracuubienlai', 'sinvoice.viettel.vn', 'vinvoice.viettel.vn', 'vnpt-invoice.com.vn']);
const INVOICE_CODE = [/sinvoice\.viettel\.vn|vinvoice\.viettel\.vn|vnpt-invoice\.com\.vn/i];

const FEE_LABEL = start(['Phí, lệ phí', 'Phí/lệ phí', 'Phí / lệ phí', 'Phí lệ phí', 'Lệ phí', 'Phí', 'Mức phí', 'Mức lệ phí', 'Mức thu phí', 'Mức thu lệ phí']);
const FEE_BASIS = phrase(['Văn bản quy định lệ phí', 'Văn bản quy định phí, lệ phí', 'Căn cứ thu phí, lệ phí']);
const AMOUNT = String.raw`\d[\d.,]{0,20}\s?(?:đồng|đ|vnđ|vnd)(?![\p{L}])`;
const FEE_OWN = new RegExp(String.raw`^[^:;]{0,60}:\s?(?:${AMOUNT}|không|miễn)|^\s?${AMOUNT}`, 'u');
const FEE_NEXT = new RegExp(String.raw`^\s?(?:${AMOUNT}|không(?: thu| có| quy định)?\s?$|miễn)`, 'u');
/**
 * The fee itself: "Lệ phí: 50.000 đồng", "Phí : 0 Đồng", "Phí, lệ phí: Không",
 * or an amount in the next cell. "Lệ phí trước bạ được miễn …" (a sentence) is not.
 */
const feeValue = (text: string, ownText: boolean) => (ownText ? FEE_OWN : FEE_NEXT).test(text);

export const paymentChecks: Checks = {
  'TTTT-01': tttt01,
  'TTTT-02': (page) => ({
    evidence: anyOf(
      scanText(page, (t) => t.kind === 'text' && PAYMENT_STEP.test(t.norm)),
      findText(page, PAYMENT_IN_FLOW),
      // The personal area's payment page; the national portal's own page is TTTT-01 evidence.
      pageAt(page, PERSONAL_PAYMENT),
      findLinks(page, { urls: PERSONAL_PAYMENT, among: 'own' }),
    ),
  }),
  'TTTT-03': (page) => ({ evidence: anyOf(obligationMenu(page), findLinks(page, { urls: E_TAX }), findText(page, FINANCIAL_OBLIGATION)) }),
  'TTTT-04': (page) => ({
    evidence: anyOf(
      pageAt(page, RECEIPT_URLS),
      findLinks(page, { urls: RECEIPT_URLS, labels: RECEIPT_LINK, slugs: true }),
      findText(page, RECEIPT_LOOKUP),
      // Viettel S-Invoice / VNPT Invoice configuration in the page.
      findScripts(page, { code: INVOICE_CODE }),
    ),
  }),
  'TTTT-05': (page) => {
    const evidence = anyOf(findText(page, FEE_BASIS), findLabelledValues(page, { label: FEE_LABEL, value: feeValue, window: 4, maxLabelLength: 120 }).map((v) => v.evidence));
    if (evidence.length > 0 || !page.scriptBound) return { evidence };
    // A fee row whose value the page's script writes from data ("Lệ phí" over an empty, bound element).
    const rows = scanText(page, (t) => t.kind === 'text' && t.tag !== 'a' && t.raw.length <= 40 && FEE_LABEL(t.norm) && !/\d/.test(t.raw), { cap: 1, needs: FEE_LABEL });
    return rows.length > 0 ? weak(rows, { id: 'TTTT-05.scriptFilled' }) : { evidence };
  },
};
