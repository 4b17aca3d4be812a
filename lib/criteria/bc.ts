import { anyOf, findLinks, findScripts, findText } from './match';
import type { Group } from './types';

/**
 * Signs that visits are recorded by a statistics system: the ministry's EMC
 * tracker, Google Analytics, Matomo. Visitor counters ("lượt truy cập",
 * "đang online") are deliberately not among them: real portals randomise them.
 */
const ANALYTICS_SCRIPTS = [
  'f-emc.ngsp.gov.vn/',
  'googletagmanager.com/gtag/js',
  'google-analytics.com/analytics.js',
  'google-analytics.com/ga.js',
  /\/(?:matomo|piwik)\.js/i,
];
const ANALYTICS_CODE = [/\b_govaq\.push\b/, /\bgtag\(\s*['"]config['"][^)]{0,60}/, /\b_paq\.push\b/, /\bga\(\s*['"]create['"]/];
/** A user-facing access log (sign-in history, activity log) in the account area. */
const ACCESS_LOG_LABELS = ['Nhật ký truy cập', 'Lịch sử truy cập', 'Lịch sử đăng nhập', 'Nhật ký đăng nhập', 'Nhật ký hoạt động'];

/** BC — reporting, operations and performance (mostly back end). */
export const operations: Group = {
  id: 'BC',
  title: { vi: 'Báo cáo, vận hành và hiệu năng', en: 'Reporting, operations and performance' },
  criteria: [
    {
      id: 'BC-01',
      group: 'BC',
      title: { vi: 'Báo cáo thống kê theo mẫu quy định', en: 'Statutory statistical reports' },
      basis: 'TT 01/2018 → 03/2025 VPCP [G]/S14',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xem hệ thống xuất được các báo cáo thống kê theo mẫu của Văn phòng Chính phủ (ví dụ mẫu 06a, 07a, 07b) với số liệu khớp dữ liệu hồ sơ.',
        en: 'The inspector sees the system produce the statistical reports on the Government Office forms (e.g. 06a, 07a, 07b) with figures matching the dossier data.',
      },
    },
    {
      id: 'BC-02',
      group: 'BC',
      title: { vi: 'Theo dõi, nhắc việc, cảnh báo hạn', en: 'Tracking, reminders, deadline alerts' },
      basis: 'S1 Art 5(g),(h) [G]',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xem phần một cửa điện tử của cán bộ có theo dõi tiến độ, nhắc việc và cảnh báo hồ sơ sắp đến hạn, quá hạn.',
        en: 'The inspector sees the officers\' one-stop back office track progress, send reminders and flag dossiers nearing or past their deadline.',
      },
    },
    {
      id: 'BC-03',
      group: 'BC',
      title: { vi: 'Ghi nhật ký, thống kê truy cập', en: 'Access logging and statistics' },
      basis: 'S1 Art 6(o) [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Bộ đếm "lượt truy cập", "đang online" không phải bằng chứng (nhiều cổng tạo số ngẫu nhiên). Bằng chứng là hệ thống thống kê thật (mã theo dõi EMC, Google Analytics, Matomo) hoặc nhật ký truy cập/lịch sử đăng nhập của tài khoản; người kiểm tra xác nhận nhật ký phía máy chủ.',
        en: 'Visitor counters ("lượt truy cập", "đang online") are not evidence (many portals randomise them). Evidence is a real statistics system (EMC tracker, Google Analytics, Matomo) or an account\'s access log / sign-in history; the inspector confirms the server-side logs.',
      },
      check: (page) => {
        const evidence = anyOf(
          findScripts(page, { src: ANALYTICS_SCRIPTS, code: ANALYTICS_CODE }),
          findLinks(page, { labels: ACCESS_LOG_LABELS, slugs: true }),
          findText(page, ACCESS_LOG_LABELS),
        );
        const counters = findText(page, ['lượt truy cập', 'đang online', 'đang trực tuyến', 'số người truy cập']);
        if (evidence.length === 0)
          return {
            state: 'not_checked',
            evidence: [],
            message: counters.length
              ? {
                  vi: 'Trang chỉ có bộ đếm lượt truy cập; bộ đếm không phải bằng chứng ghi nhật ký, thống kê truy cập.',
                  en: 'The page only shows a visitor counter; counters are not evidence of access logging or statistics.',
                }
              : {
                  vi: 'Chưa thấy hệ thống thống kê truy cập hay nhật ký truy cập trên trang này.',
                  en: 'No access-statistics system or access log seen on this page.',
                },
          };
        return {
          evidence,
          message: {
            vi: 'Trang gửi lượt truy cập tới hệ thống thống kê hoặc có nhật ký truy cập; người kiểm tra xác nhận cổng ghi và lưu nhật ký truy cập phía máy chủ.',
            en: 'The page reports visits to a statistics system or shows an access log; the inspector confirms the portal records and keeps access logs on the server.',
          },
        };
      },
    },
    {
      id: 'BC-04',
      group: 'BC',
      title: { vi: 'Hiệu năng, đồng thời, thời gian hoạt động liên tục', en: 'Performance, concurrency, uptime' },
      basis: 'S1 Art 7 [G]',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xem kết quả kiểm thử tải (số người dùng đồng thời) và số liệu thời gian hoạt động liên tục của hệ thống so với yêu cầu tại Điều 7.',
        en: 'The inspector sees load-test results (concurrent users) and uptime figures for the system against the requirements of Art. 7.',
      },
    },
  ],
};
