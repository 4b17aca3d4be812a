import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../lib/report/schema';

/** The 2024 scale from the command line: --profile, --min-level, a stored report judged again. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = join(ROOT, 'tests/fixtures/portal/tai-khoan.html');
const URL_ = 'https://dichvucong.minhhoa.gov.vn/portaldvc/tai-khoan';
const TIMEOUT = 240_000;
const dir = mkdtempSync(join(tmpdir(), 'dvc-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: ROOT, timeout: TIMEOUT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    ),
  );
}

describe('dvc-inspector audit --profile vn-httt-2024', { timeout: TIMEOUT }, () => {
  it('prints points, each group with its coverage, and the level marked as an estimate', async () => {
    const run = await cli(PAGE, '--url', URL_, '--profile', 'vn-httt-2024');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('vn-httt-2024 v1');
    expect(run.stdout).toMatch(/Điểm \(thang 100\): \d+(,\d)?\/100 điểm/);
    expect(run.stdout).toMatch(/Mức độ: Mức độ [A-E] \(tạm tính, ước tính\)/);
    expect(run.stdout).toMatch(/Độ bao phủ: \d+(,\d+)?%/);
    expect(run.stdout).toContain('Quyết định 473/QĐ-BTTTT (03/04/2024)');
    for (const g of ['CN', 'CB', 'HN', 'AT', 'TN', 'EMC']) expect(run.stdout).toMatch(new RegExp(`^  ${g}\\s+\\d+/\\d+\\s+\\d+(,\\d)?/(50|5|20|15)\\s+độ bao phủ`, 'm'));
    const en = await cli(PAGE, '--url', URL_, '--profile', 'vn-httt-2024', '--lang', 'en');
    expect(en.stdout).toMatch(/Points \(out of 100\): \d+(\.\d)?\/100 points/);
    expect(en.stdout).toMatch(/Level: Level [A-E] \(provisional, estimate\)/);
  });

  it('--min-level exits 4 under the level, 0 at or above it; the 83 criteria have no level', async () => {
    const under = await cli(PAGE, '--url', URL_, '--profile', 'vn-httt-2024', '--min-level', 'A');
    expect(under.code).toBe(4);
    expect(under.stderr).toMatch(/dưới mức A \(cần ít nhất 90 điểm\)/);
    const ok = await cli(PAGE, '--url', URL_, '--profile', 'vn-httt-2024', '--min-level', 'E');
    expect(ok.code).toBe(0);
    const count = await cli(PAGE, '--url', URL_, '--min-level', 'C');
    expect(count.code).toBe(64);
    expect(count.stderr).toMatch(/--profile vn-httt-2024/);
  });

  it('an unknown checklist is a usage error', async () => {
    const run = await cli(PAGE, '--url', URL_, '--profile', 'vn-2099');
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/unknown checklist "vn-2099".*vn-dvc-2023, vn-httt-2024/);
  });

  it('judges a stored report again by the other checklist, without auditing again', async () => {
    const stored = join(dir, 'r2023.json');
    const made = await cli(PAGE, '--url', URL_, '--json', '--out', stored);
    expect(made.code, made.stderr).toBe(0);
    const again = await cli(stored, '--profile', 'vn-httt-2024', '--json');
    expect(again.code, again.stderr).toBe(0);
    const r = ReportSchema.parse(JSON.parse(again.stdout));
    expect(r.checklist.id).toBe('vn-httt-2024');
    expect(r.checklist.status).toEqual({ groups: 'official', criteria: 'estimated' });
    expect(r.points!.groups.map((g) => g.maxPoints)).toEqual([50, 5, 20, 15, 5, 5]);
    // The same page findings, judged the other way.
    const original = ReportSchema.parse(JSON.parse((await cli(stored, '--json')).stdout));
    expect(r.pages.map((p) => p.findings)).toEqual(original.pages.map((p) => p.findings));
    expect(r.criteria.filter((c) => c.state === 'met').length).toBeGreaterThanOrEqual(original.criteria.filter((c) => c.state === 'met' && r.criteria.some((x) => x.id === c.id)).length);
    // And back: the 2024 report read as the 83 criteria.
    const file2024 = join(dir, 'r2024.json');
    writeFileSync(file2024, again.stdout);
    const back = await cli(file2024, '--profile', 'vn-dvc-2023', '--json');
    const b = ReportSchema.parse(JSON.parse(back.stdout));
    expect(b.checklist.id).toBe('vn-dvc-2023');
    expect(b.points).toBeUndefined();
    expect(b.score.formatted).toEqual(original.score.formatted);

    // Compare across checklists: refused as they are, compared once both are judged by one.
    const refused = await cli('compare', stored, file2024);
    expect(refused.code).not.toBe(0);
    const compared = await cli('compare', stored, file2024, '--profile', 'vn-httt-2024');
    expect(compared.code, compared.stderr).toBe(0);
    expect(compared.stdout).toMatch(/Điểm \(thang 2024, ước tính\): \d+(,\d)?\/100 điểm · Mức độ [A-E] \(tạm tính, ước tính\) → /);
  });
});
