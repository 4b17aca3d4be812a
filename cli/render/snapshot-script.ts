import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The snapshot script exactly as the extension injects it: the file the
 * extension's build makes (`.output/chrome-mv3/snapshot.js`), shipped
 * beside the built command line as `snapshot.js`. The same code reads the
 * page in both, so a page gives the same findings in both.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const CANDIDATES = [
  join(HERE, 'snapshot.js'), // the built command line: dist/cli/snapshot.js
  join(HERE, '../../.output/chrome-mv3/snapshot.js'), // from the sources: cli/render → .output
  join(HERE, '../.output/chrome-mv3/snapshot.js'),
];

let cached: string | null = null;

export function snapshotScript(): string {
  if (cached) return cached;
  const path = CANDIDATES.find((p) => existsSync(p));
  if (!path) throw new Error('the built snapshot script is missing: run "npm run build" first (it makes .output/chrome-mv3/snapshot.js)');
  cached = readFileSync(path, 'utf8');
  return cached;
}
