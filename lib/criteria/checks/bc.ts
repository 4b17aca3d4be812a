import type { Check, Checks } from '../check';
import { findLinks, findScripts, findText } from '../find';
import { anyOf, phrase, urls } from '../match';

/** BC — reporting, operations and performance (mostly back end). */

/**
 * Signs that visits are recorded by a statistics system: the ministry's EMC
 * tracker, Google Analytics, Matomo. Visitor counters ("lượt truy cập",
 * "đang online") are deliberately not among them: real portals randomise them.
 */
const ANALYTICS_SCRIPTS = urls(['f-emc.ngsp.gov.vn/', 'googletagmanager.com/gtag/js', 'google-analytics.com/analytics.js', 'google-analytics.com/ga.js', /\/(?:matomo|piwik)\.js/i]);
const ANALYTICS_CODE = [/\b_govaq\.push\b/, /\bgtag\(\s?['"]config['"][^)]{0,60}/, /\b_paq\.push\b/, /\bga\(\s?['"]create['"]/];
/** A user-facing access log (sign-in history, activity log) in the account area. */
const ACCESS_LOG = phrase(['Nhật ký truy cập', 'Lịch sử truy cập', 'Lịch sử đăng nhập', 'Nhật ký đăng nhập', 'Nhật ký hoạt động']);
const COUNTERS = phrase(['lượt truy cập', 'đang online', 'đang trực tuyến', 'số người truy cập']);

const bc03: Check = (page) => {
  const evidence = anyOf(findScripts(page, { src: ANALYTICS_SCRIPTS, code: ANALYTICS_CODE }), findLinks(page, { labels: ACCESS_LOG, slugs: true }), findText(page, ACCESS_LOG));
  if (evidence.length === 0)
    return { state: 'not_checked', evidence: [], message: { id: findText(page, COUNTERS, { cap: 1 }).length > 0 ? 'BC-03.countersOnly' : 'BC-03.nothing' } };
  return { evidence, message: { id: 'BC-03.confirm' } };
};

export const operationsChecks: Checks = { 'BC-03': bc03 };
