import { PAGE_LINES, PAGE_TYPE_NAMES } from '../criteria/messages/names';
import type { Locale } from '../i18n/strings';
import type { Report } from './schema';

/**
 * What a report says about its pages, in words: the page type's name, the
 * platforms of the portal, the warnings of a page. Shared by the summary,
 * the HTML report and the popup.
 */
type Page = Report['pages'][number];

export function pageTypeName(pageType: Page['pageType'], locale: Locale): string | null {
  return pageType ? PAGE_TYPE_NAMES[locale][pageType] : null;
}

/** The portal's platforms by name, platform first ("OpenCPS · EMC · VNeID"); '' when none was recognised. */
export function platformNames(platforms: Report['portal']['platforms']): string {
  const order = ['platform', 'integration', 'identity', 'signing', 'monitoring'];
  return [...platforms]
    .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || b.confidence - a.confidence)
    .map((p) => p.name)
    .join(' · ');
}

export function pageWarnings(page: Page, locale: Locale): string[] {
  return page.warnings.map((w) => w.message[locale]);
}

/** The popup's line: "Nền tảng: OpenCPS · EMC" / "Trang vừa kiểm tra: Trang chủ". */
export function pageLine(kind: 'platform' | 'pageType', value: string, locale: Locale): string {
  return PAGE_LINES[locale][kind].replace(kind === 'platform' ? '{names}' : '{type}', value);
}
