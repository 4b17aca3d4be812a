// Builds the command line to plain JavaScript in dist/cli (no TypeScript at
// run time): esbuild bundles our code with the small pure packages every
// verb needs (zod, commander, parse5, …: one file read instead of hundreds of
// module resolutions at each start), leaves the heavy ones (HEAVY below) to
// be installed as dependencies and imported only by the verbs that need
// them, and splits what each verb loads lazily into chunks, so a one-page
// audit never loads the browser or the crawler. The snapshot script
// the extension injects (.output/chrome-mv3/snapshot.js, from `wxt build`)
// is shipped beside it: the command line renders pages with that very file.
// `npm run build:cli`; also run by `npm pack` (prepack) and before the
// end-to-end tests, which run the built command line.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist/cli');
const SNAPSHOT = join(ROOT, '.output/chrome-mv3/snapshot.js');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

if (!existsSync(SNAPSHOT)) {
  console.error('build-cli: building the extension first (the snapshot script comes from it)');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
}
/** Packages loaded from node_modules at run time, lazily: a browser driver, the crawler, an HTTP client, a DOM. */
const HEAVY = ['playwright-core', 'playwright', '@crawlee/*', 'crawlee', 'undici', 'happy-dom', 'puppeteer-core'];
rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { 'dvc-inspector': join(ROOT, 'cli/main.ts') },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: HEAVY,
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: { js: "import { createRequire as __dvcCreateRequire } from 'node:module'; const require = __dvcCreateRequire(import.meta.url);" },
  chunkNames: '[name]-[hash]',
  define: { __DVC_VERSION__: JSON.stringify(pkg.version) },
  tsconfig: join(ROOT, 'tsconfig.json'),
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(SNAPSHOT, join(OUT, 'snapshot.js'));
mkdirSync(join(OUT, 'demo'), { recursive: true });
copyFileSync(join(ROOT, 'demo/trang-chu.html'), join(OUT, 'demo/trang-chu.html'));
console.error(`build-cli: dist/cli/dvc-inspector.js (DVC Inspector ${pkg.version})`);
