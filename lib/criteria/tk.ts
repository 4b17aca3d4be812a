import { anyOf, findImages, findInputs, findLinks, findText, pageAt } from './match';
import type { Group } from './types';

/** TK — accounts, e-ID and authentication (VNeID, national population database). */
export const accounts: Group = {
  id: 'TK',
  title: { vi: 'Tài khoản, định danh và xác thực điện tử', en: 'Accounts, e-ID and authentication' },
  criteria: [
    {
      id: 'TK-01',
      group: 'TK',
      title: { vi: 'Đăng nhập bằng tài khoản định danh điện tử VNeID', en: 'Login with the national e-ID (VNeID)' },
      basis: 'S11; NĐ 59/2022 → 69/2024 [P]; TT 21/2023 "tài khoản" [P]',
      method: 'auto',
      howToVerify: {
        vi: 'Trang đăng nhập có nút hoặc liên kết tới sso.dancuquocgia.gov.vn, nhãn "VNeID" hoặc "Tài khoản Định danh điện tử cấp bởi Bộ Công An".',
        en: 'The login page links to sso.dancuquocgia.gov.vn or shows "VNeID" / "Tài khoản Định danh điện tử cấp bởi Bộ Công An".',
      },
      check: (page) => ({
        evidence: anyOf(
          findLinks(page, { urls: ['sso.dancuquocgia.gov.vn', '/vneidsso/'] }),
          findText(page, ['VNeID', 'Tài khoản Định danh điện tử cấp bởi Bộ Công An', 'Đăng nhập bằng VNeID']),
          findImages(page, { src: [/logo_bca\.png/i, /vneid/i], alt: ['VNeID'] }),
        ),
      }),
    },
    // … the remaining TK criteria follow the same shape.
  ],
};
