import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeTargets, markdown, TARGETS, withSection } from '../../bench/targets';

/**
 * The benchmark's targets never silently disappear: the committed results
 * of the last `npm run bench` hold every one of them, each judged or saying
 * why not. No timing is asserted here (speed is measured by the benchmark).
 */
const RESULTS = join(__dirname, '../../bench/results/targets.json');

describe('benchmark targets', () => {
  it('the last run judged every target', () => {
    expect(existsSync(RESULTS), 'bench/results/targets.json: run `npm run bench`').toBe(true);
    const json = JSON.parse(readFileSync(RESULTS, 'utf8')) as { targets: Array<{ id: string; met: boolean | null; measured: string; threshold: string; reason?: string }> };
    const ids = json.targets.map((t) => t.id);
    for (const t of TARGETS) expect(ids, `target ${t.id} is missing from bench/results/targets.json`).toContain(t.id);
    for (const t of json.targets) {
      expect(t.threshold).not.toBe('');
      expect(t.measured).not.toBe('');
      // A target not met, or not measured, says why (figures reported without a threshold need no reason).
      if (t.met === false || (t.met === null && t.threshold !== 'reported')) expect(t.reason ?? '', `${t.id} needs a reason`).not.toBe('');
    }
  });

  it('a run that measured nothing still lists every target, each not measured with its reason', () => {
    const rows = judgeTargets({});
    expect(rows.map((r) => r.id)).toEqual(TARGETS.map((t) => t.id));
    for (const r of rows) {
      expect(r.met).toBeNull();
      expect(r.reason).toBeTruthy();
    }
  });

  it('judges a ratio against its threshold and says why it is missed', () => {
    const size = (target: number, floor: number, criteria: number) => ({
      target,
      elements: target,
      median: { floor, snapshot: floor * 2, audit: floor * 2 + criteria, criteria, axe: null },
      perThousand: { floor: 1, snapshot: 1, audit: 1 },
      ratios: { auditOverFloor: (floor * 2 + criteria) / floor, axeOverAudit: null, axeOverAuditAtLeast: false },
      snapshotBytes: 1000,
    });
    const rows = judgeTargets({ latest: { sizes: [size(1000, 2, 18), size(10_000, 10, 60)] } });
    const one = rows.find((r) => r.id === 'criteria-1k')!;
    const ten = rows.find((r) => r.id === 'criteria-10k')!;
    expect(one).toMatchObject({ met: true, value: 9 });
    expect(one.reason).toBeUndefined();
    expect(ten).toMatchObject({ met: false, value: 6 });
    expect(ten.reason).toBeTruthy();
    expect(markdown(rows, {})).toContain('**not met**');
  });

  it('regenerates only what is between the README markers', () => {
    const readme = 'intro\n<!-- bench:begin -->\nold\n<!-- bench:end -->\nafter\n';
    expect(withSection(readme, 'new')).toBe('intro\n<!-- bench:begin -->\nnew\n<!-- bench:end -->\nafter\n');
    expect(() => withSection('no markers', 'x')).toThrow(/markers/);
  });

  it('the README has its markers', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    expect(() => withSection(readme, '')).not.toThrow();
  });
});
