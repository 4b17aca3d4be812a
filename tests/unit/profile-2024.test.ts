import { describe, expect, it } from 'vitest';
import { judge, judgeAs } from '../../lib/audit/judge';
import type { CriterionResult } from '../../lib/audit/merge';
import type { PageAudit, PortalAudit } from '../../lib/audit/model';
import { formatFraction, formatGroupPoints, formatLevel, formatPoints, levelOf, scorePoints } from '../../lib/audit/score';
import { ALL_CRITERIA, DEFAULT_PROFILE, knownChecklists, PROFILE_2024, profileById } from '../../lib/criteria';
import { hasCheck } from '../../lib/criteria/checks';
import { defineProfile, ProfileError } from '../../lib/criteria/profile';
import { ADDED_2024_CRITERIA } from '../../lib/criteria/profiles/added-2024';
import { FOR_INFORMATION, vnHttt2024Data } from '../../lib/criteria/profiles/vn-httt-2024';
import type { Criterion, Profile, State } from '../../lib/criteria/types';

const P = PROFILE_2024;

describe('profile vn-httt-2024 (QĐ 473/QĐ-BTTTT)', () => {
  it('is registered beside the 83 criteria of 2023', () => {
    expect(knownChecklists()).toEqual(['vn-dvc-2023', 'vn-httt-2024']);
    expect(profileById('vn-httt-2024')).toBe(P);
    expect(P.source).toMatchObject({ document: 'Quyết định 473/QĐ-BTTTT', date: '2024-04-03' });
    expect(P.status).toEqual({ groups: 'official', criteria: 'estimated' });
  });

  it('has the six official groups, whose maximum points sum to 100', () => {
    expect(P.groups.map((g) => [g.id, g.maxPoints])).toEqual([['CN', 50], ['CB', 5], ['HN', 20], ['AT', 15], ['TN', 5], ['EMC', 5]]);
    expect(P.groups.reduce((n, g) => n + (g.maxPoints ?? 0), 0)).toBe(100);
    expect(P.scoring).toMatchObject({ kind: 'points', maxPoints: 100 });
    expect(P.groups.find((g) => g.id === 'HN')!.title.vi).toBe('Nhóm tiêu chí đánh giá hiệu năng');
  });

  it('levels cover 0–100 without gaps: A ≥ 90, B ≥ 80, C ≥ 65, D ≥ 50, E below', () => {
    const levels = P.scoring.kind === 'points' ? P.scoring.levels! : [];
    for (let tenth = 0; tenth <= 1000; tenth++) expect(levelOf(tenth / 10, levels), `${tenth / 10}`).not.toBeNull();
    const at = (p: number) => levelOf(p, levels)!.id;
    expect([at(100), at(90), at(89.9), at(80), at(79.9), at(65), at(64.9), at(50), at(49.9), at(0)]).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E']);
  });

  it('reuses every 2023 criterion by id with the same check, and adds the 2024 ones', () => {
    expect(P.criteria).toHaveLength(83 + ADDED_2024_CRITERIA.length);
    for (const c of P.criteria) {
      if (c.method !== 'manual') expect(hasCheck(c.check ?? c.id), c.id).toBe(true);
      const old = DEFAULT_PROFILE.criteria.find((o) => o.id === c.id);
      if (old) expect({ ...c, group: old.group, points: undefined }).toEqual({ ...old, points: undefined });
    }
    expect(P.groups.map((g) => g.criteria.length)).toEqual([59, 5, 2 + 4, 13 + 1, 3 + 2, 1]);
  });

  it('counts doubtful criteria 0 points, for information', () => {
    const info = P.criteria.filter((c) => c.points === 0).map((c) => c.id);
    expect(new Set(info)).toEqual(FOR_INFORMATION);
    expect(info).toContain('AT-05');
  });

  it('a page is evaluated for the criteria of both profiles', () => {
    const ids = new Set(ALL_CRITERIA.map((c) => c.id));
    for (const c of [...DEFAULT_PROFILE.criteria, ...P.criteria]) expect(ids.has(c.id)).toBe(true);
    expect(ALL_CRITERIA).toHaveLength(ids.size);
  });

  it('refuses points that do not add up', () => {
    const broken = { ...vnHttt2024Data, id: 'broken', groups: vnHttt2024Data.groups.map((g) => (g.id === 'CN' ? { ...g, maxPoints: 40 } : g)) };
    expect(() => defineProfile(broken, hasCheck)).toThrow(ProfileError);
  });
});

// A small profile to score by hand.
function miniProfile(points?: Record<string, number>, status: Profile['status'] = { groups: 'official', criteria: 'estimated' }): Profile {
  const c = (id: string, group: string): Criterion => ({ id, group, method: 'manual', title: { vi: id, en: id }, basis: '', howToVerify: { vi: '', en: '' }, ...(points?.[id] !== undefined ? { points: points[id] } : {}) });
  return defineProfile(
    {
      id: 'mini',
      version: 1,
      title: { vi: 'mini', en: 'mini' },
      status,
      scoring: { kind: 'points', maxPoints: 100, levels: [{ id: 'A', minPoints: 90, title: { vi: 'Mức độ A', en: 'Level A' } }, { id: 'B', minPoints: 80, title: { vi: 'Mức độ B', en: 'Level B' } }, { id: 'E', minPoints: 0, title: { vi: 'Mức độ E', en: 'Level E' } }] },
      groups: [{ id: 'G1', maxPoints: 50, title: { vi: 'G1', en: 'G1' } }, { id: 'G2', maxPoints: 50, title: { vi: 'G2', en: 'G2' } }],
      criteria: [c('A1', 'G1'), c('A2', 'G1'), c('A3', 'G1'), c('B1', 'G2'), c('B2', 'G2'), c('I1', 'G2')].map((x) => (x.id === 'I1' ? { ...x, points: 0 } : x)),
    },
    () => true,
  );
}
const results = (p: Profile, states: Record<string, State>): CriterionResult[] =>
  p.criteria.map((criterion) => ({ criterion, state: states[criterion.id] ?? 'not_checked', automaticState: states[criterion.id] ?? 'not_checked', source: 'automatic', evidence: [] }));

describe('scoring by points', () => {
  it('each group scores maximum × met / assessed; needs review is assessed, never met; unknown is left out', () => {
    const p = miniProfile();
    const s = scorePoints(results(p, { A1: 'met', A2: 'needs_review', A3: 'not_checked', B1: 'met', B2: 'not_applicable', I1: 'not_met' }), p)!;
    expect(s.groups.map((g) => [g.id, g.points, g.assessed, g.coverage])).toEqual([['G1', 25, 2, 33.33], ['G2', 50, 1, 100]]);
    expect(s.points).toBe(75);
    expect(s.coverage).toBe(60);
    expect(s.provisional).toBe(true);
    expect(formatPoints(s, 'vi')).toBe('75/100 điểm');
    expect(formatLevel(s, 'vi')).toBe('Mức độ E (tạm tính, ước tính)');
    expect(formatLevel(s, 'en')).toBe('Level E (provisional, estimate)');
  });

  it('writes fractions with a decimal comma in Vietnamese: 72,5/100 điểm, 16,7/50', () => {
    const p = miniProfile();
    // G1: 1 of 3 → 16,666… → 16,7; G2: 1 of 2 → 25.
    const s = scorePoints(results(p, { A1: 'met', A2: 'not_met', A3: 'not_met', B1: 'met', B2: 'not_met' }), p)!;
    expect(formatGroupPoints(s.groups[0]!, 'vi')).toBe('16,7/50');
    expect(formatGroupPoints(s.groups[0]!, 'en')).toBe('16.7/50');
    expect(s.points).toBe(41.7);
    expect(formatPoints(s, 'vi')).toBe('41,7/100 điểm');
    expect(formatPoints({ points: 72.5, maxPoints: 100 }, 'vi')).toBe('72,5/100 điểm');
    expect(formatPoints({ points: 72.5, maxPoints: 100 }, 'en')).toBe('72.5/100 points');
  });

  it('rounds at a level boundary the way it shows it: 89,95 shows 90 and is A; 89,94 shows 89,9 and is B', () => {
    // Criteria with points of their own: G1 all met (50), G2 earns 39.95 or 39.94.
    const up = miniProfile({ A1: 20, A2: 20, A3: 10, B1: 39.95, B2: 10.05 }, { groups: 'official', criteria: 'official' });
    const s = scorePoints(results(up, { A1: 'met', A2: 'met', A3: 'met', B1: 'met', B2: 'not_met' }), up)!;
    expect(s.groups[1]!.basis).toBe('criteria');
    expect(s.points).toBe(90);
    expect(s.level!.id).toBe('A');
    expect(s.provisional).toBe(false);
    expect(formatLevel(s, 'vi')).toBe('Mức độ A');
    const down = miniProfile({ A1: 20, A2: 20, A3: 10, B1: 39.94, B2: 10.06 }, { groups: 'official', criteria: 'official' });
    const t = scorePoints(results(down, { A1: 'met', A2: 'met', A3: 'met', B1: 'met', B2: 'not_met' }), down)!;
    expect(t.points).toBe(89.9);
    expect(t.level!.id).toBe('B');
  });

  it('a half tenth rounds up exactly (15 × 1/… shares)', () => {
    const p = miniProfile();
    // G1 = 50 × 1/3 = 16,67 → 16,7; G2 = 50 × 1/2 = 25: never 16,6 by float error.
    const s = scorePoints(results(p, { A1: 'met', A2: 'not_met', A3: 'not_met', B1: 'met', B2: 'not_met' }), p)!;
    expect(s.groups.map((g) => g.points)).toEqual([16.7, 25]);
  });

  it('a group with nothing assessed scores 0 with coverage 0, and keeps the level provisional', () => {
    const p = miniProfile(undefined, { groups: 'official', criteria: 'official' });
    const s = scorePoints(results(p, { A1: 'met', A2: 'met', A3: 'met' }), p)!;
    expect(s.groups[1]).toMatchObject({ points: 0, coverage: 0, assessed: 0 });
    expect(s.points).toBe(50);
    expect(s.provisional).toBe(true);
  });

  it('count profiles have no points; their format stays "17/83 (20,48%)"', () => {
    expect(scorePoints([], DEFAULT_PROFILE)).toBeNull();
    expect(formatFraction({ met: 17, total: 83, percent: 20.48 }, 'vi')).toBe('17/83 (20,48%)');
  });
});

describe('the same audit judged by either profile', () => {
  const page = (findings: Record<string, State>): PageAudit => ({
    url: 'https://dichvucong.example.gov.vn/',
    title: 'Trang chủ',
    auditedAt: '2026-01-01T00:00:00.000Z',
    truncated: [],
    findings: Object.fromEntries(Object.entries(findings).map(([id, state]) => [id, { state, evidence: [] }])),
  });
  const audit: PortalAudit = {
    id: 'a-1',
    origins: ['https://dichvucong.example.gov.vn'],
    checklist: { id: 'vn-dvc-2023', version: 1 },
    createdAt: '2026-01-01T00:00:00.000Z',
    pages: [page({ 'TK-01': 'met', 'TK-02': 'not_met', 'LT-02': 'met', 'GD-01': 'met', 'AT-05': 'met' })],
    attestations: {},
  };

  it('counts 2023 and scores points in 2024 from the same findings', () => {
    const a = judge(audit);
    expect(a.profile.id).toBe('vn-dvc-2023');
    expect(a.points).toBeNull();
    expect(a.score.met).toBe(4);
    expect(a.score.total).toBe(83);
    const b = judgeAs(audit, 'vn-httt-2024');
    expect(b.score.met).toBe(4);
    expect(b.score.total).toBe(90);
    expect(b.points!.groups.find((g) => g.id === 'EMC')!.points).toBe(5);
    // CN: TK-01 met, TK-02 not met → 25; AT: GD-01 met (AT-05 is for information) → 15.
    expect(b.points!.groups.find((g) => g.id === 'CN')!.points).toBe(25);
    expect(b.points!.groups.find((g) => g.id === 'AT')!.points).toBe(15);
    expect(b.points!.points).toBe(45);
    expect(b.points!.provisional).toBe(true);
  });

  it('an unknown profile fails clearly', () => {
    expect(() => judgeAs(audit, 'vn-2099')).toThrow(/vn-2099/);
  });
});
