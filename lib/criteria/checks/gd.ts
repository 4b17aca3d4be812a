import type { Check, Checks } from '../check';
import { findLinks, findText } from '../find';
import { anyOf, evidenceAt, hostOf, isGovVn, phrase } from '../match';
import { insecureResources } from '../mixed';
import type { Evidence, Localized } from '../types';
import type { PageView } from '../views';
import { failed } from './common';

/** GD — standard process and interface, transport security, accessibility. */

/** Platform vendors' own hosts that portals sometimes run on instead of .gov.vn. */
const VENDOR_HOST = /(^|\.)vnptigate\.vn$/;
/** The national portal dichvucong.gov.vn itself (not xacthuc./dangky., which are SSO and sign-up). */
const isNationalPortal = (url: string) => /^(www\.)?dichvucong\.gov\.vn$/.test(hostOf(url));
/** Deep links into the national portal's functions (catalogue detail, submission, payment, lookup, feedback). */
const NATIONAL_FUNCTION_PATH = /dichvucong\.gov\.vn\/p\/(?:home\/dvc-(?:tthc|nop|chi-tiet|thanh-toan|tra-cuu|dich-vu-cong)|phananhkiennghi\/)/i;

const gd01: Check = (page) => {
  const protocol = page.snap.protocol.replace(':', '').toUpperCase();
  if (page.snap.protocol !== 'https:') return failed([evidenceAt(page.url, 'html', page.url)], { id: 'GD-01.notHttps', data: { protocol: protocol || '?' } });
  const mixed = insecureResources(page);
  if (mixed.length > 0)
    return failed(
      mixed.slice(0, 5).map((m) => evidenceAt(page.url, m.selector, `${m.what} ${m.url}`)),
      { id: 'GD-01.mixed', data: { count: mixed.length } },
    );
  return { state: 'met', evidence: [evidenceAt(page.url, 'html', page.url)], message: { id: 'GD-01.ok' } };
};

const gd02: Check = (page) => {
  const host = page.snap.host.toLowerCase().replace(/\.$/, '');
  if (isGovVn(host)) {
    // Note, without failing, functions handed to a vendor host (e.g. SSO on *.vnptigate.vn).
    const vendor = [
      ...page.links.map((l) => ({ selector: l.selector, url: l.href })),
      ...page.snap.forms.map((f) => ({ selector: f.selector, url: f.action })),
      ...page.snap.iframes.map((f) => ({ selector: f.selector, url: f.src })),
    ].filter((x) => VENDOR_HOST.test(hostOf(x.url)));
    const hosts = [...new Set(vendor.map((v) => hostOf(v.url)))];
    return {
      evidence: [evidenceAt(page.url, 'html', host), ...vendor.slice(0, 2).map((v) => evidenceAt(page.url, v.selector, v.url))],
      ...(hosts.length > 0 ? { message: { id: 'GD-02.vendorFunctions', data: { host, hosts } } } : {}),
    };
  }
  return failed([evidenceAt(page.url, 'html', host || page.url)], { id: VENDOR_HOST.test(host) ? 'GD-02.vendorHost' : 'GD-02.notGovVn', data: { host } });
};

/** Controls that say the page offers accessibility aids (text size, contrast, skip link, a11y page). */
const ACCESSIBILITY_AIDS = phrase([
  'Hỗ trợ người khuyết tật',
  'Dành cho người khiếm thị',
  'Phiên bản cho người khiếm thị',
  'Trợ năng',
  'Tăng cỡ chữ',
  'Giảm cỡ chữ',
  'Độ tương phản',
  'Tương phản cao',
  'Chuyển đến nội dung chính',
  'Bỏ qua đến nội dung chính',
  'Skip to main content',
  'Skip to content',
]);

/**
 * A viewport that stops users zooming: user-scalable=no (or 0), or a
 * maximum-scale below 2 (WCAG 1.4.4, axe's meta-viewport rule).
 */
export function blocksZoom(viewport: string | null): boolean {
  if (viewport === null) return false;
  const v = viewport.toLowerCase();
  if (/user-scalable\s*=\s*["']?(?:no|0)(?![\w.])/.test(v)) return true;
  const max = /maximum-scale\s*=\s*["']?(\d{1,3}(?:\.\d{1,3})?)/.exec(v);
  return max !== null && Number(max[1]) < 2;
}

const gd03: Check = (page) => {
  const problems: Localized[] = [];
  const bad: Evidence[] = [];
  const good: Evidence[] = [];
  const snap = page.snap;

  if (blocksZoom(snap.viewport)) {
    problems.push({ vi: `thẻ viewport chặn phóng to (${snap.viewport})`, en: `the viewport tag blocks zooming (${snap.viewport})` });
    bad.push(evidenceAt(page.url, 'meta[name="viewport"]', snap.viewport ?? ''));
  }

  const lang = snap.lang.trim();
  if (/^vi(?:[-_]|$)/i.test(lang)) good.push(evidenceAt(page.url, 'html', `lang="${lang}"`));
  else {
    problems.push(lang ? { vi: `trang khai báo lang="${lang}" thay vì "vi"`, en: `the page declares lang="${lang}" instead of "vi"` } : { vi: 'thẻ <html> không khai báo lang', en: '<html> has no lang attribute' });
    bad.push(evidenceAt(page.url, 'html', lang ? `<html lang="${lang}">` : '<html>'));
  }

  const images = snap.images;
  const noAlt = images.filter((i) => i.alt === null);
  if (noAlt.length > 0) {
    problems.push({ vi: `${noAlt.length}/${images.length} ảnh thiếu thuộc tính alt`, en: `${noAlt.length}/${images.length} images lack an alt attribute` });
    for (const i of noAlt.slice(0, 2)) bad.push(evidenceAt(page.url, i.selector, `<img src="${i.src}">`));
  } else if (images.length > 0) good.push(evidenceAt(page.url, 'img', `${images.length}/${images.length} <img alt>`));

  // Hidden fields are not for people; a placeholder is a weak but real accessible name.
  const fields = snap.forms.flatMap((f) => f.inputs).filter((i) => i.type !== 'hidden');
  const unnamed = fields.filter((i) => !i.label.trim() && !i.placeholder.trim());
  if (unnamed.length > 0) {
    problems.push({ vi: `${unnamed.length}/${fields.length} ô nhập không có nhãn`, en: `${unnamed.length}/${fields.length} form fields have no label` });
    for (const i of unnamed.slice(0, 2)) bad.push(evidenceAt(page.url, i.selector, `<${i.tag} name="${i.name || i.id}">`));
  } else if (fields.length > 0) {
    const placeholderOnly = fields.filter((i) => !i.label.trim()).length;
    good.push(evidenceAt(page.url, 'input, select, textarea', `${fields.length}/${fields.length} <label>${placeholderOnly ? ` (${placeholderOnly} placeholder)` : ''}`));
  }

  const aids = anyOf(findText(page, ACCESSIBILITY_AIDS), findLinks(page, { labels: ACCESSIBILITY_AIDS }));
  if (problems.length > 0) return failed(bad.slice(0, 5), { id: 'GD-03.failures', data: { problems } });
  return { evidence: [...good, ...aids].slice(0, 5), message: { id: 'GD-03.indicatorsPass' } };
};

/**
 * Dossier codes as Decree 61/2018 Art. 26 and the VPCP circulars describe
 * them: the receiving agency's code (QCVN 102:2016, e.g. 000.00.15.H29 or
 * H29.15) - date yyMMdd - sequence number, e.g. 000.00.15.H29-230512-0003.
 */
const DOSSIER_CODE = /(?<![\w.])((?:\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}|[A-Z]\d{2}(?:\.\d{1,3}){0,3})-(\d{2})(\d{2})(\d{2})-\d{4,6})(?![\w.])/g;
/** "Mã hồ sơ: <value>" where a portal prints a code in some other shape. */
const LABELLED_CODE = /mã hồ sơ\s?[:：]\s?([A-Za-z0-9][\w.\-/]{3,40})/iu;

const wellFormedDate = (mm: string, dd: string) => Number(mm) >= 1 && Number(mm) <= 12 && Number(dd) >= 1 && Number(dd) <= 31;

const gd04: Check = (page) => {
  const conforming: Evidence[] = [];
  const other: Evidence[] = [];
  const carriers = [
    ...page.snap.texts.map((t) => ({ selector: t.selector, text: t.text })),
    ...page.snap.links.map((l) => ({ selector: l.selector, text: l.text })),
    ...page.snap.forms.flatMap((f) => f.inputs.filter((i) => i.placeholder).map((i) => ({ selector: i.selector, text: i.placeholder }))),
  ];
  for (const { selector, text } of carriers) {
    let found = false;
    for (const m of text.matchAll(DOSSIER_CODE)) {
      if (!wellFormedDate(m[3]!, m[4]!)) continue;
      found = true;
      conforming.push(evidenceAt(page.url, selector, m[1]!));
    }
    if (!found) {
      const labelled = LABELLED_CODE.exec(text.normalize('NFC'));
      if (labelled) other.push(evidenceAt(page.url, selector, `Mã hồ sơ: ${labelled[1]!}`));
    }
  }
  const evidence = [...conforming.slice(0, 3), ...other.slice(0, 2)];
  if (evidence.length === 0) return { evidence };
  return { evidence, message: { id: 'GD-04.codes', data: { conforming: conforming.length, other: other.length } } };
};

const gd06: Check = (page) => {
  const t = page.snap.timing;
  if (!t) return { state: 'not_checked', evidence: [], message: { id: 'GD-06.noTiming' } };
  const ms = (n: number) => `${Math.round(n)} ms`;
  return {
    evidence: [evidenceAt(page.url, 'html', `TTFB ${ms(t.responseStart)} · DOMContentLoaded ${ms(t.domContentLoaded)} · load ${t.load > 0 ? ms(t.load) : '—'}`)],
    message: { id: 'GD-06.indicative' },
  };
};

/** Labels of a submit action that, pointing at the national portal, show submission moved there. */
const SUBMIT = phrase(['Nộp hồ sơ', 'Nộp trực tuyến', 'Nộp hồ sơ trực tuyến', 'Nộp DVC']);
const SUBMIT_THERE = phrase([
  'nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia',
  'nộp hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia',
  'nộp hồ sơ trên Cổng Dịch vụ công quốc gia',
  'nộp hồ sơ tại Cổng Dịch vụ công quốc gia',
  'thực hiện trên Cổng Dịch vụ công quốc gia',
]);

const gd07: Check = (page) => {
  const deepLinks = page.links
    .filter((l) => isNationalPortal(l.href) && (NATIONAL_FUNCTION_PATH.test(l.href) || SUBMIT(l.norm) || SUBMIT(l.normLabel)))
    .map((l) => evidenceAt(page.url, l.selector, `${l.link.text || l.link.label} → ${l.href}`));
  return { evidence: anyOf(deepLinks, findText(page, SUBMIT_THERE)) };
};

export const interfaceChecks: Checks = { 'GD-01': gd01, 'GD-02': gd02, 'GD-03': gd03, 'GD-04': gd04, 'GD-06': gd06, 'GD-07': gd07 };
