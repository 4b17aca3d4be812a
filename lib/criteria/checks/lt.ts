import type { Check, Checks } from '../check';
import { findLinks, findScripts, findText } from '../find';
import { anyOf, evidenceAt, hostOf, phrase, urls } from '../match';

/** LT — integration and interconnection with national systems. */

const isNationalPortal = (url: string) => /^(www\.)?dichvucong\.gov\.vn$/.test(hostOf(url));
/** The national portal's record lookup: it shows the dossiers provinces synchronised to it. */
const NATIONAL_LOOKUP = /\/p\/home\/dvc-tra-cuu-ho-so/i;
const SYNCED = phrase([
  'đồng bộ lên Cổng Dịch vụ công quốc gia',
  'đồng bộ với Cổng Dịch vụ công quốc gia',
  'đồng bộ lên Cổng DVC quốc gia',
  'đồng bộ với Cổng DVC quốc gia',
  'đồng bộ DVCQG',
]);

/** The MIC monitoring (EMC) tracker: the embed script, its tracker URL, and the snippet's calls. */
const EMC_SCRIPT = urls(['f-emc.ngsp.gov.vn/embed/gov-tracking', 'f-emc.ngsp.gov.vn/tracking']);
const EMC_CODE = [/\b_govaq\b[^;\n]{0,120}/, /\bsetSiteId\b[^;\n]{0,60}/, /f-emc\.ngsp\.gov\.vn\/[\w./-]{0,200}/];

const POSTAL = phrase(['bưu chính công ích', 'dịch vụ bưu chính', 'qua đường bưu điện', 'nhận kết quả qua bưu điện', 'nộp hồ sơ qua bưu điện', 'VNPost', 'Vietnam Post']);
const POSTAL_LINKS = urls(['vnpost.vn']);
const POSTAL_LABEL = phrase(['bưu chính công ích']);
const BUNDLED = phrase([
  'Dịch vụ công liên thông',
  'DVC liên thông',
  'Liên thông thủ tục hành chính',
  'Liên thông khai sinh',
  'Liên thông khai tử',
  'Liên thông đăng ký khai sinh',
  'Liên thông đăng ký khai tử',
]);

const lt01: Check = (page) => {
  const nationalLookup = page.links
    .filter((l) => isNationalPortal(l.href) && NATIONAL_LOOKUP.test(l.href))
    .map((l) => evidenceAt(page.url, l.selector, `${l.link.text || l.link.label} → ${l.href}`));
  const here = isNationalPortal(page.url) && NATIONAL_LOOKUP.test(page.url) ? [evidenceAt(page.url, 'html', page.url)] : [];
  return { evidence: anyOf(here, nationalLookup, findText(page, SYNCED)) };
};

export const integrationChecks: Checks = {
  'LT-01': lt01,
  // Inline code reaches the snapshot with comments stripped, so a disabled snippet is no evidence.
  'LT-02': (page) => ({ evidence: findScripts(page, { src: EMC_SCRIPT, code: EMC_CODE }) }),
  // Specific phrases: a post-office address in the footer ("Bưu điện tỉnh") is not an integration.
  'LT-05': (page) => ({ evidence: anyOf(findText(page, POSTAL), findLinks(page, { urls: POSTAL_LINKS, labels: POSTAL_LABEL, slugs: true })) }),
  'LT-06': (page) => ({ evidence: anyOf(findText(page, BUNDLED), findLinks(page, { labels: BUNDLED, slugs: true })) }),
};
