import type { PageType } from '../types';

/**
 * Page types by name and the popup's short lines, per locale: a small table
 * of its own, so the popup does not load every message of the checks.
 */
export const PAGE_TYPE_NAMES: Readonly<Record<'vi' | 'en', Readonly<Record<PageType, string>>>> = {
  vi: {
    home: 'Trang chủ',
    catalogue: 'Danh mục thủ tục',
    procedure: 'Chi tiết thủ tục',
    lookup: 'Tra cứu hồ sơ',
    'sign-in': 'Đăng nhập',
    submission: 'Nộp hồ sơ',
    'my-dossiers': 'Hồ sơ của tôi',
    support: 'Liên hệ, hỗ trợ',
    statistics: 'Thống kê',
    other: 'Trang khác',
  },
  en: {
    home: 'Home page',
    catalogue: 'Procedure catalogue',
    procedure: 'Procedure detail',
    lookup: 'Dossier lookup',
    'sign-in': 'Sign-in',
    submission: 'Submission',
    'my-dossiers': 'My dossiers',
    support: 'Contact and support',
    statistics: 'Statistics',
    other: 'Other page',
  },
};

export const PAGE_LINES: Readonly<Record<'vi' | 'en', { platform: string; pageType: string }>> = {
  vi: { platform: 'Nền tảng: {names}', pageType: 'Trang vừa kiểm tra: {type}' },
  en: { platform: 'Platform: {names}', pageType: 'Page audited last: {type}' },
};
