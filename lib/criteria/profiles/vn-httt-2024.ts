import type { Criterion, GroupDef, Scoring } from '../types';
import type { ProfileData } from '../profile';
import { ADDED_2024_CRITERIA } from './added-2024';
import { vnDvc2023Data } from './vn-dvc-2023';

/**
 * Profile vn-httt-2024 (version 1): the ministry's 2024 evaluation,
 * Quyết định 473/QĐ-BTTTT (03/04/2024), "Bộ tiêu chí đánh giá Hệ thống
 * thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh năm 2024".
 *
 * Official: the six groups, their maximum points (100 in all) and the five
 * levels. Estimated: the criteria inside each group — the decision's annex
 * is not public, so the 83 criteria of 2023 are placed in the groups as
 * shared/domain/official-2024.md estimates, plus the criteria the 2024
 * scale most likely adds (./added-2024.ts). A criterion keeps its check,
 * options and method: only the group changes, so one audit's findings are
 * judged by either profile.
 *
 * Points: no criterion has points of its own yet, so each group scores its
 * maximum × met / assessed criteria (lib/audit/score.ts). Criteria doubtful
 * as 2024 criteria have `points: 0`: shown for information, never counted.
 * When the official points are known, giving every criterion of a group its
 * `points` switches that group to per-criterion points — a data change only.
 */

const groups: GroupDef[] = [
  { id: 'CN', maxPoints: 50, title: { vi: 'Nhóm tiêu chí đánh giá chức năng', en: 'Functions' } },
  { id: 'CB', maxPoints: 5, title: { vi: 'Nhóm tiêu chí đánh giá cấu trúc, bố cục', en: 'Structure and layout' } },
  { id: 'HN', maxPoints: 20, title: { vi: 'Nhóm tiêu chí đánh giá hiệu năng', en: 'Performance' } },
  { id: 'AT', maxPoints: 15, title: { vi: 'Nhóm tiêu chí đánh giá an toàn thông tin', en: 'Information security' } },
  { id: 'TN', maxPoints: 5, title: { vi: 'Nhóm tiêu chí đánh giá khả năng truy cập thông tin thuận tiện', en: 'Convenient access to information' } },
  { id: 'EMC', maxPoints: 5, title: { vi: 'Nhóm tiêu chí đánh giá kết nối với Hệ thống EMC', en: 'Connection to EMC (the government’s monitoring and measurement system)' } },
];

/** Levels of QĐ 473: A 90–100, B 80–89, C 65–79, D 50–64, E below 50. */
const scoring: Scoring = {
  kind: 'points',
  maxPoints: 100,
  levels: [
    { id: 'A', minPoints: 90, title: { vi: 'Mức độ A', en: 'Level A' } },
    { id: 'B', minPoints: 80, title: { vi: 'Mức độ B', en: 'Level B' } },
    { id: 'C', minPoints: 65, title: { vi: 'Mức độ C', en: 'Level C' } },
    { id: 'D', minPoints: 50, title: { vi: 'Mức độ D', en: 'Level D' } },
    { id: 'E', minPoints: 0, title: { vi: 'Mức độ E', en: 'Level E' } },
  ],
};

/** Where each 2023 criterion most likely sits in the 2024 groups (estimate). */
const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}-${String(from + i).padStart(2, '0')}`);
export const GROUP_ESTIMATE: Readonly<Record<string, readonly string[]>> = {
  CN: [
    ...range('TK', 1, 7),
    'CK-02', 'CK-03', 'CK-04', 'CK-07', 'CK-09',
    ...range('TT', 1, 8), 'TT-10',
    ...range('KS', 1, 5),
    ...range('TTTT', 1, 5),
    ...range('KDL', 1, 3),
    ...range('SH', 1, 3),
    ...range('TC', 1, 3),
    ...range('HT', 1, 7),
    'GD-04', 'GD-05', 'GD-07',
    'LT-01', ...range('LT', 3, 7),
    ...range('BC', 1, 3),
  ],
  CB: ['CK-01', 'CK-05', 'CK-06', 'CK-08', 'CK-10'],
  HN: ['GD-06', 'BC-04'],
  AT: ['GD-01', ...range('AT', 1, 12)],
  TN: ['TT-09', 'GD-02', 'GD-03'],
  EMC: ['LT-02'],
};

/** Criteria of 2023 doubtful as 2024 criteria: shown for information, 0 points. */
export const FOR_INFORMATION: ReadonlySet<string> = new Set(['CK-06', 'CK-07', 'SH-01', 'SH-03', 'HT-06', 'BC-03', ...range('AT', 5, 10), 'AT-12']);

const byId = new Map(vnDvc2023Data.criteria.map((c) => [c.id, c]));
const reused: Criterion[] = groups.flatMap((g) =>
  (GROUP_ESTIMATE[g.id] ?? []).map((id) => {
    const c = byId.get(id);
    if (!c) throw new Error(`vn-httt-2024: ${id} is not a criterion of ${vnDvc2023Data.id}`);
    return { ...c, group: g.id, ...(FOR_INFORMATION.has(id) ? { points: 0 } : {}) };
  }),
);

export const vnHttt2024Data: ProfileData = {
  id: 'vn-httt-2024',
  version: 1,
  title: {
    vi: 'Bộ tiêu chí đánh giá Hệ thống thông tin giải quyết TTHC năm 2024 (QĐ 473/QĐ-BTTTT, thang 100 điểm; tiêu chí ước tính)',
    en: 'Evaluation of the administrative-procedure information systems, 2024 (QĐ 473/QĐ-BTTTT, 100 points; criteria estimated)',
  },
  scoring,
  status: { groups: 'official', criteria: 'estimated' },
  source: {
    document: 'Quyết định 473/QĐ-BTTTT',
    date: '2024-04-03',
    title: {
      vi: 'Bộ tiêu chí đánh giá Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh năm 2024',
      en: 'Criteria for evaluating ministerial and provincial administrative-procedure information systems, 2024',
    },
  },
  groups,
  criteria: [...reused, ...ADDED_2024_CRITERIA],
};
