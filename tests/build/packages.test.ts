import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from './zip';

/**
 * `npm run zip` makes the three store packages. The extension zips must be
 * exactly the builds; the sources zip must hold what Mozilla's reviewers
 * need to rebuild the Firefox package (`npm ci && npm run build`), and
 * nothing else — and rebuilding from it must give the same package.
 */
const ROOT = join(__dirname, '../..');
const run = promisify(execFile);
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ZIPS = {
  chrome: join(ROOT, `.output/${name}-${version}-chrome.zip`),
  firefox: join(ROOT, `.output/${name}-${version}-firefox.zip`),
  sources: join(ROOT, `.output/${name}-${version}-sources.zip`),
};

/** What the build reads. The sources zip holds these and nothing else. */
const REQUIRED = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'];
const SOURCE_DIRS = ['lib/', 'entrypoints/', 'components/', 'public/'];

/**
 * Build as a person does: vitest sets NODE_ENV=test, and Vite keeps a
 * NODE_ENV it finds, which gives a development build (JSX with the absolute
 * paths of the source files), neither the store package nor reproducible.
 */
const { NODE_ENV: _testEnv, ...ENV } = process.env;

function filesOf(dir: string, prefix = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of filesOf(dir, rel)) out.set(k, v);
    else out.set(rel, readFileSync(join(dir, rel)));
  }
  return out;
}

function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differ = [...expected].filter(([path, content]) => !actual.get(path)?.equals(content)).map(([path]) => path);
  expect(differ, 'files whose content differs').toEqual([]);
}

describe('store packages (npm run zip)', () => {
  let work: string;

  beforeAll(async () => {
    await run('npm', ['run', 'zip'], { cwd: ROOT, env: ENV, maxBuffer: 16 * 1024 * 1024 });
    work = mkdtempSync(join(tmpdir(), 'dvc-sources-'));
  }, 180_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('makes the three zips', () => {
    const sizes = Object.entries(ZIPS).map(([which, path]) => `${which}: ${(statSync(path).size / 1024).toFixed(1)} KiB`);
    console.info(`store packages — ${sizes.join(', ')}`);
    for (const path of Object.values(ZIPS)) expect(statSync(path).size).toBeGreaterThan(1000);
  });

  it('packs exactly the Chrome and Firefox builds', () => {
    expectSameFiles(readZip(ZIPS.chrome), filesOf(join(ROOT, '.output/chrome-mv3')));
    expectSameFiles(readZip(ZIPS.firefox), filesOf(join(ROOT, '.output/firefox-mv2')));
  });

  it('packs production code, with no path of the machine that built it', () => {
    for (const zip of [ZIPS.chrome, ZIPS.firefox]) {
      const leaks = [...readZip(zip)].filter(([, content]) => content.includes(ROOT) || content.includes('jsxDEV')).map(([path]) => path);
      expect(leaks, zip).toEqual([]);
    }
  });

  it('packs the sources a reviewer needs, and no tests, tools, dependencies or outputs', () => {
    const paths = [...readZip(ZIPS.sources).keys()];
    for (const file of REQUIRED) expect(paths, file).toContain(file);
    for (const dir of SOURCE_DIRS) expect(paths.some((p) => p.startsWith(dir)), dir).toBe(true);
    const stray = paths.filter(
      (p) =>
        !(REQUIRED.includes(p) || SOURCE_DIRS.some((d) => p.startsWith(d))) ||
        /(^|\/)(node_modules|\.output|\.wxt|\.git|tests?|__tests__|test-results)\//.test(p) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(p),
    );
    expect(stray).toEqual([]);
  });

  it('rebuilds the same Firefox package from the sources zip', async () => {
    // Zipping builds first, then packs the sources: a file edited in between
    // (other work in the same tree) makes the two disagree. Zip once more
    // before calling it a failure; sources missing a file fail both times.
    let differences: string[] = [];
    for (let attempt = 1; attempt <= 2; attempt++) {
      if (attempt > 1) await run('npm', ['run', 'zip'], { cwd: ROOT, env: ENV, maxBuffer: 16 * 1024 * 1024 });
      const dir = join(work, `attempt-${attempt}`);
      for (const [path, content] of readZip(ZIPS.sources)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      // The installed dependencies stand in for `npm ci` (no network in tests).
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      await run(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], {
        cwd: dir,
        env: ENV,
        maxBuffer: 16 * 1024 * 1024,
      });
      const rebuilt = filesOf(join(dir, '.output/firefox-mv2'));
      const packed = readZip(ZIPS.firefox);
      differences = [...new Set([...rebuilt.keys(), ...packed.keys()])].filter((f) => !rebuilt.get(f)?.equals(packed.get(f) ?? Buffer.alloc(0)));
      if (differences.length === 0) break;
    }
    expect(differences, 'files of the Firefox zip the sources do not rebuild').toEqual([]);
  }, 240_000);
});
