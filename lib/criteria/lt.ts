import type { PageSnapshot } from '../snapshot/schema';
import { anyOf, excerpt, findLinks, findScripts, findText } from './match';
import type { Evidence, Group } from './types';

function evidenceAt(page: PageSnapshot, selector: string, text: string): Evidence {
  return { pageUrl: page.url, selector, text: excerpt(text) };
}

/** Host of an absolute http(s) URL, lower-cased; '' when there is none. */
function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase() : '';
}

const isNationalPortal = (url: string) => /^(www\.)?dichvucong\.gov\.vn$/.test(hostOf(url));
/** The national portal's record lookup: it shows the dossiers provinces synchronised to it. */
const NATIONAL_LOOKUP = /\/p\/home\/dvc-tra-cuu-ho-so/i;

/** The MIC monitoring (EMC) tracker: the embed script, its tracker URL, and the snippet's calls. */
const EMC_SCRIPT = ['f-emc.ngsp.gov.vn/embed/gov-tracking', 'f-emc.ngsp.gov.vn/tracking'];
const EMC_CODE = [/\b_govaq\b[^;\n]{0,120}/, /\bsetSiteId\b[^;\n]{0,60}/, /f-emc\.ngsp\.gov\.vn\/[\w./-]*/];

/** LT — integration and interconnection with national systems. */
export const integration: Group = {
  id: 'LT',
  title: { vi: 'Liên thông, kết nối và tích hợp', en: 'Integration and interconnection' },
  criteria: [
    {
      id: 'LT-01',
      group: 'LT',
      title: { vi: 'Đồng bộ hồ sơ, trạng thái lên Cổng DVC quốc gia', en: 'Dossiers/status synced to the national portal' },
      basis: 'S8 (sync rate) [P]; S1 Art 5(k), 6(t) [G]; QCVN 120:2019 [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Lấy một mã hồ sơ mẫu của cổng tỉnh và tra cứu trên dichvucong.gov.vn (Tra cứu hồ sơ): hồ sơ và trạng thái xử lý phải hiển thị giống trên cổng tỉnh.',
        en: 'Take a sample dossier code from the provincial portal and look it up on dichvucong.gov.vn (record lookup): the dossier and its status must match the provincial portal.',
      },
      check: (page) => {
        const nationalLookup = page.links
          .filter((l) => isNationalPortal(l.href) && NATIONAL_LOOKUP.test(l.href))
          .map((l) => evidenceAt(page, l.selector, `${l.text || l.label} → ${l.href}`));
        const here = isNationalPortal(page.url) && NATIONAL_LOOKUP.test(page.url) ? [evidenceAt(page, 'html', page.url)] : [];
        return {
          evidence: anyOf(
            here,
            nationalLookup,
            findText(page, [
              'đồng bộ lên Cổng Dịch vụ công quốc gia',
              'đồng bộ với Cổng Dịch vụ công quốc gia',
              'đồng bộ lên Cổng DVC quốc gia',
              'đồng bộ với Cổng DVC quốc gia',
              'đồng bộ DVCQG',
            ]),
          ),
        };
      },
    },
    {
      id: 'LT-02',
      group: 'LT',
      title: { vi: 'Gắn mã theo dõi EMC và gửi dữ liệu giám sát', en: 'EMC monitoring integrated' },
      basis: 'S1 Art 3(6) (MIC monitoring system) [G]',
      method: 'auto',
      howToVerify: {
        vi: 'Trang nhúng mã theo dõi EMC: script https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js, biến _govaq với setSiteId; trong tab Network có yêu cầu tới f-emc.ngsp.gov.vn/tracking. Đoạn mã nằm trong chú thích không được tính.',
        en: 'The page embeds the EMC tracker: script https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js, the _govaq queue with setSiteId; the Network tab shows requests to f-emc.ngsp.gov.vn/tracking. A commented-out snippet does not count.',
      },
      // Inline code reaches the snapshot with comments stripped, so a disabled snippet is no evidence.
      check: (page) => ({ evidence: findScripts(page, { src: EMC_SCRIPT, code: EMC_CODE }) }),
    },
    {
      id: 'LT-03',
      group: 'LT',
      title: { vi: 'Kết nối LGSP / NDXP', en: 'Data-sharing platforms' },
      basis: 'S1 Art 3(2) [G]',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xác nhận hệ thống kết nối nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) và quốc gia (NDXP), qua tài liệu kết nối hoặc nhật ký trao đổi dữ liệu.',
        en: 'The inspector confirms the system is connected to the provincial (LGSP) and national (NDXP) data-sharing platforms, from connection documents or exchange logs.',
      },
    },
    {
      id: 'LT-04',
      group: 'LT',
      title: { vi: 'Kết nối CSDL chuyên ngành (đất đai, hộ tịch, ĐKKD, LLTP…)', en: 'Sector databases' },
      basis: '[I] from a real provincial portal configs (`ilis`, `vbdlis`, `apiDKKD`)',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xác nhận các kết nối với CSDL chuyên ngành (đất đai, hộ tịch, đăng ký kinh doanh, lý lịch tư pháp…) qua cấu hình phía máy chủ hoặc biên bản kết nối.',
        en: 'The inspector confirms the connections to sector databases (land, civil status, business registration, criminal records…) from server configuration or connection records.',
      },
    },
    {
      id: 'LT-05',
      group: 'LT',
      title: { vi: 'Kết nối bưu chính công ích', en: 'Postal integration' },
      basis: 'S1 Art 3(6) [G]',
      method: 'assisted',
      howToVerify: {
        vi: 'Trang thủ tục hoặc bước nộp hồ sơ có lựa chọn nộp hồ sơ/nhận kết quả qua dịch vụ bưu chính công ích (VNPost); người kiểm tra thử chọn hình thức này khi nộp.',
        en: 'The procedure page or the submission step offers submitting or receiving results through the public postal service (VNPost); the inspector tries that option when submitting.',
      },
      check: (page) => ({
        evidence: anyOf(
          // Specific phrases: a post-office address in the footer ("Bưu điện tỉnh") is not an integration.
          findText(page, [
            'bưu chính công ích',
            'dịch vụ bưu chính',
            'qua đường bưu điện',
            'nhận kết quả qua bưu điện',
            'nộp hồ sơ qua bưu điện',
            'VNPost',
            'Vietnam Post',
          ]),
          findLinks(page, { urls: ['vnpost.vn'], labels: ['bưu chính công ích'], slugs: true }),
        ),
      }),
    },
    {
      id: 'LT-06',
      group: 'LT',
      title: { vi: 'DVC liên thông (khai sinh–khai tử…)', en: 'Bundled services' },
      basis: '[I] from a real provincial portal',
      method: 'auto',
      howToVerify: {
        vi: 'Cổng có mục "Dịch vụ công liên thông" cho các nhóm thủ tục liên thông như khai sinh (đăng ký thường trú, thẻ BHYT cho trẻ dưới 6 tuổi) và khai tử (xóa thường trú, mai táng phí). Cụm "một cửa liên thông" chung chung không được tính.',
        en: 'The portal has a "Dịch vụ công liên thông" section for bundled procedures such as birth (residence registration, health insurance for children under 6) and death registration. The generic phrase "một cửa liên thông" does not count.',
      },
      check: (page) => {
        const labels = [
          'Dịch vụ công liên thông',
          'DVC liên thông',
          'Liên thông thủ tục hành chính',
          'Liên thông khai sinh',
          'Liên thông khai tử',
          'Liên thông đăng ký khai sinh',
          'Liên thông đăng ký khai tử',
        ];
        return { evidence: anyOf(findText(page, labels), findLinks(page, { labels, slugs: true })) };
      },
    },
    {
      id: 'LT-07',
      group: 'LT',
      title: { vi: 'Đồng bộ danh mục TTHC từ CSDL quốc gia', en: 'TTHC catalogue sync' },
      basis: 'S1 Art 3(6) [G]',
      method: 'manual',
      howToVerify: {
        vi: 'Người kiểm tra xác nhận danh mục TTHC của cổng được đồng bộ tự động từ CSDL quốc gia về TTHC (ví dụ dịch vụ lấy thủ tục theo mã TTHC), và so vài thủ tục với bản trên Cổng DVC quốc gia.',
        en: 'The inspector confirms the procedure catalogue is synchronised from the national TTHC database (e.g. a service fetching procedures by code), and compares a few procedures with the national portal.',
      },
    },
  ],
};
