import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../lib/criteria';

/**
 * The extension's pages (popup, workspace, report) get audits already
 * judged, merged and scored by the background: none of their scripts
 * bundles the criteria (their data or their checks). A page that imported
 * lib/criteria by way of a shared module would carry the whole engine.
 * Run on the build (`npm run build` first).
 */
const ROOT = join(__dirname, '../..');
const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
/** What may hold the criteria: the background judges, the injected scripts read pages. */
const ENGINE = new Set(['background.js', 'snapshot.js', 'overlay.js']);
/** Words only the criteria's own data holds. */
const MARKERS = DEFAULT_PROFILE.criteria.slice(0, 12).map((c) => c.howToVerify.en.slice(0, 40));

const scripts = (dir: string, sub = ''): string[] =>
  readdirSync(join(dir, sub)).flatMap((name) => {
    const path = join(dir, sub, name);
    return statSync(path).isDirectory() ? scripts(dir, join(sub, name)) : name.endsWith('.js') ? [relative(dir, path)] : [];
  });

describe('extension pages carry no criteria code', () => {
  for (const [browser, dir] of Object.entries(BUILDS))
    it(`${browser}: only the background holds the criteria`, () => {
      const build = join(ROOT, dir);
      const holding = scripts(build).filter((f) => MARKERS.some((m) => readFileSync(join(build, f), 'utf8').includes(m)));
      expect(holding).toEqual(['background.js']);
      expect(holding.every((f) => ENGINE.has(f))).toBe(true);
    });
});
