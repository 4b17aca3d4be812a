import type { Criterion } from '../types';

/**
 * Criteria the 2024 evaluation (Quyết định 473/QĐ-BTTTT) most likely scores
 * and the 83 criteria of 2023 do not have (shared/domain/official-2024.md):
 * page-load measurement of key pages, public pages free of injected spam,
 * IPv6 reachability and the .gov.vn naming rule. Their group ids are those of
 * profile vn-httt-2024: CN functions, CB structure and layout, HN
 * performance, AT information security, TN convenient access, EMC.
 *
 * Thresholds of HN-01…04 are borrowed from the 2025 criteria for government
 * websites (a sister set), and are labelled as borrowed wherever shown.
 */
export const ADDED_2024_CRITERIA: readonly Criterion[] = [
  {
    id: 'HN-01',
    group: 'HN',
    method: 'auto',
    combine: 'every',
    judgedOnShell: true,
    title: { vi: 'Nội dung đầu tiên hiển thị dưới 3 giây (FCP)', en: 'First contentful paint under 3 s (FCP)' },
    basis: 'QĐ 473/QĐ-BTTTT nhóm hiệu năng [ước tính]; ngưỡng mượn từ bộ tiêu chí cổng thông tin điện tử 2025',
    howToVerify: {
      vi: 'Dòng lệnh đo nhiều lần các trang chính (trang chủ, danh mục, thủ tục, tra cứu) trong Chromium không giao diện; trung vị FCP dưới 3 giây. Trong tiện ích, thời gian của trang chỉ để tham khảo.',
      en: 'The command line measures the key pages (home, catalogue, procedure, lookup) several times in headless Chromium; the median FCP is under 3 s. In the extension the page’s own timings are indicative only.',
    },
    options: { thresholdMs: 3000 },
  },
  {
    id: 'HN-02',
    group: 'HN',
    method: 'auto',
    combine: 'every',
    judgedOnShell: true,
    title: { vi: 'Nội dung lớn nhất hiển thị dưới 4 giây (LCP)', en: 'Largest contentful paint under 4 s (LCP)' },
    basis: 'QĐ 473/QĐ-BTTTT nhóm hiệu năng [ước tính]; ngưỡng mượn từ bộ tiêu chí cổng thông tin điện tử 2025',
    howToVerify: {
      vi: 'Trung vị LCP của các trang chính, đo nhiều lần bằng dòng lệnh, dưới 4 giây.',
      en: 'The median LCP of the key pages, measured several times from the command line, is under 4 s.',
    },
    options: { thresholdMs: 4000 },
  },
  {
    id: 'HN-03',
    group: 'HN',
    method: 'auto',
    combine: 'every',
    judgedOnShell: true,
    title: { vi: 'Trang hiển thị đầy đủ dưới 5,8 giây (Speed Index)', en: 'Page fully displayed under 5.8 s (Speed Index)' },
    basis: 'QĐ 473/QĐ-BTTTT nhóm hiệu năng [ước tính]; ngưỡng mượn từ bộ tiêu chí cổng thông tin điện tử 2025',
    howToVerify: {
      vi: 'Chỉ số tốc độ (Speed Index) của các trang chính dưới 5,8 giây. Cần quay lại từng khung hình khi trang tải (như Lighthouse): bản này chưa đo, tiêu chí ghi "chưa kiểm tra"; người kiểm tra có thể đo bằng Lighthouse.',
      en: 'The Speed Index of the key pages is under 5.8 s. It needs every frame of the load recorded (as Lighthouse does): this version does not measure it and says "not checked"; the inspector may measure it with Lighthouse.',
    },
    options: { thresholdMs: 5800 },
  },
  {
    id: 'HN-04',
    group: 'HN',
    method: 'auto',
    combine: 'every',
    judgedOnShell: true,
    title: { vi: 'Không tác vụ chặn nào quá 0,6 giây', en: 'No blocking task over 0.6 s' },
    basis: 'QĐ 473/QĐ-BTTTT nhóm hiệu năng [ước tính]; ngưỡng mượn từ bộ tiêu chí cổng thông tin điện tử 2025',
    howToVerify: {
      vi: 'Trong lúc tải các trang chính, không tác vụ dài nào của luồng chính vượt 0,6 giây (tổng thời gian chặn được ghi kèm).',
      en: 'While the key pages load, no long main-thread task exceeds 0.6 s (total blocking time is recorded alongside).',
    },
    options: { thresholdMs: 600 },
  },
  {
    id: 'AT-13',
    group: 'AT',
    method: 'auto',
    combine: 'every',
    judgedOnShell: true,
    title: { vi: 'Trang công khai không bị chèn nội dung, liên kết rác (cờ bạc, cá cược, tín dụng đen)', en: 'Public pages free of injected spam (gambling, betting, loan-shark)' },
    basis: 'QĐ 473/QĐ-BTTTT nhóm an toàn thông tin [ước tính]; các vụ chèn nội dung vào trang .gov.vn 2023–2024',
    howToVerify: {
      vi: 'Trang không có từ ngữ, liên kết tới trang cờ bạc, cá cược, casino, cho vay nặng lãi (kể cả viết không dấu), tiêu đề và thẻ meta không bị nhồi từ khoá, và không có liên kết hay chữ bị giấu (display:none, ngoài màn hình, kích thước 0, cỡ chữ 0, cùng màu nền, trong <noscript> hay <marquee>) dẫn ra ngoài cổng. Tin tức về xổ số kiến thiết và văn bản pháp luật về kinh doanh casino, phòng chống cờ bạc không tính.',
      en: 'The page has no gambling, betting, casino or loan-shark words or links (toneless spellings included), no title or meta stuffed with them, and no hidden links or text (display:none, off-screen, zero size, font-size 0, background-coloured, in <noscript> or <marquee>) pointing off the portal. News of the state lottery and legal texts on casino business or the fight against gambling do not count.',
    },
  },
  {
    id: 'TN-01',
    group: 'TN',
    method: 'auto',
    judgedOnShell: true,
    title: { vi: 'Tên miền của cổng có địa chỉ IPv6', en: 'The portal’s host has an IPv6 address' },
    basis: 'QĐ 473/QĐ-BTTTT nhóm truy cập thuận tiện [ước tính]; NĐ 224/2026/NĐ-CP',
    howToVerify: {
      vi: 'Tên miền của cổng có bản ghi DNS AAAA (dòng lệnh tra được; tiện ích không tra DNS được; địa chỉ cục bộ không áp dụng).',
      en: 'The portal’s host has a DNS AAAA record (the command line looks it up; the extension cannot; local addresses are not applicable).',
    },
  },
  {
    id: 'TN-02',
    group: 'TN',
    method: 'auto',
    judgedOnShell: true,
    title: { vi: 'Cổng dùng tên miền .gov.vn', en: 'The portal uses a .gov.vn name' },
    basis: 'QĐ 473/QĐ-BTTTT nhóm truy cập thuận tiện [ước tính]; NĐ 224/2026/NĐ-CP',
    howToVerify: {
      vi: 'Địa chỉ của cổng thuộc tên miền .gov.vn (ví dụ dichvucong.<tỉnh>.gov.vn).',
      en: 'The portal’s address is under .gov.vn (e.g. dichvucong.<province>.gov.vn).',
    },
  },
];
