import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Size budgets of the built extension (`npm run build` first; npm test does).
 * What is injected into audited pages must stay small, and the popup must
 * open fast: its JavaScript is what popup.html loads before it can show
 * anything (its module script, the chunks it preloads, and every chunk
 * those import, transitively). Chunks imported only dynamically load later;
 * they are listed, not counted. Sizes are of the minified files as shipped.
 */
const ROOT = join(__dirname, '../..');
const KIB = 1024;
export const BUDGETS = { contentScript: 40 * KIB, popup: 100 * KIB } as const;
const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
const CONTENT_SCRIPTS = ['snapshot.js', 'overlay.js'] as const;

/** `<script src>` and `<link rel="modulepreload" href>` of an HTML page, as paths in the build. */
export function entryScripts(html: string, htmlPath: string): string[] {
  const out: string[] = [];
  const tags = html.match(/<(?:script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
    const isScript = /^<script/i.test(tag);
    const src = isScript ? attr('src') : /^modulepreload$/i.test(attr('rel') ?? '') ? attr('href') : undefined;
    // Module or classic, every script the page loads from the build counts.
    if (src && !/^[a-z]+:/i.test(src)) out.push(resolveIn(htmlPath, src));
  }
  return out;
}

/** A path in the build (posix, from its root) for a reference from `from`. */
function resolveIn(from: string, ref: string): string {
  return ref.startsWith('/') ? posix.normalize(ref.slice(1)) : posix.normalize(posix.join(posix.dirname(from), ref));
}

/** The modules a built ES module imports: static (`import … from`, `import "…"`, `export … from`) and dynamic (`import("…")`). */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
  const statics = [...code.matchAll(/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
  const dynamic = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  return { static: [...new Set(statics)], dynamic: [...new Set(dynamic)] };
}

export interface PageWeight {
  /** Every file loaded before the page can run, with its size, in load order. */
  files: Array<{ path: string; bytes: number }>;
  bytes: number;
  /** Chunks only imported dynamically (loaded later, not counted). */
  later: Array<{ path: string; bytes: number }>;
}

/** What an HTML page of the build loads as JavaScript before it runs: its entries and their static imports, transitively. */
export function pageWeight(buildDir: string, htmlPath: string): PageWeight {
  const read = (p: string) => {
    const file = join(buildDir, p);
    // A reference the parser got wrong must not silently weigh nothing.
    if (!existsSync(file)) throw new Error(`${htmlPath} loads ${p}, which is not in ${buildDir}`);
    return readFileSync(file, 'utf8');
  };
  const seen = new Set<string>();
  const dynamic = new Set<string>();
  const files: PageWeight['files'] = [];
  const visit = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    files.push({ path: p, bytes: statSync(join(buildDir, p)).size });
    const imports = moduleImports(read(p));
    for (const ref of imports.dynamic) dynamic.add(resolveIn(p, ref));
    for (const ref of imports.static) visit(resolveIn(p, ref));
  };
  for (const entry of entryScripts(read(htmlPath), htmlPath)) visit(entry);
  const later = [...dynamic].filter((p) => !seen.has(p)).map((p) => ({ path: p, bytes: existsSync(join(buildDir, p)) ? statSync(join(buildDir, p)).size : 0 }));
  return { files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), later };
}

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;

describe('size budgets of the built extension', () => {
  for (const [browser, dir] of Object.entries(BUILDS)) {
    const buildDir = join(ROOT, dir);

    for (const script of CONTENT_SCRIPTS) {
      it(`${browser}: ${script} (injected into audited pages) ≤ ${kib(BUDGETS.contentScript)}`, () => {
        const bytes = statSync(join(buildDir, script)).size;
        console.log(`${browser} ${script}: ${kib(bytes)} (${bytes} bytes; budget ${kib(BUDGETS.contentScript)})`);
        expect(bytes).toBeLessThanOrEqual(BUDGETS.contentScript);
      });
    }

    it(`${browser}: the popup's JavaScript ≤ ${kib(BUDGETS.popup)}`, () => {
      const weight = pageWeight(buildDir, 'popup.html');
      console.log(
        `${browser} popup.html loads ${kib(weight.bytes)} of JavaScript (budget ${kib(BUDGETS.popup)}):\n` +
          weight.files.map((f) => `  ${f.path}: ${kib(f.bytes)}`).join('\n') +
          (weight.later.length ? `\n  later (dynamic imports, not counted): ${weight.later.map((f) => `${f.path} ${kib(f.bytes)}`).join(', ')}` : ''),
      );
      expect(weight.files.length).toBeGreaterThan(0);
      expect(weight.bytes).toBeLessThanOrEqual(BUDGETS.popup);
    });
  }
});

describe('how the popup is weighed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };

  it('follows the module script, preloads and static imports transitively, each file once; dynamic imports apart', () => {
    put(
      'popup.html',
      `<!doctype html><head><script type="module" crossorigin src="/chunks/popup-a.js"></script>
       <link rel="modulepreload" crossorigin href="/chunks/shared-b.js"><link rel="stylesheet" href="/assets/x.css"></head>`,
    );
    put('assets/x.css', 'body{}'.repeat(1000));
    put('chunks/popup-a.js', 'import{a as e}from"./shared-b.js";import"./side-c.js";const l=()=>import("./lazy-d.js");e(l);');
    put('chunks/shared-b.js', 'export*from"./deep/e.js";function a(){}export{a};');
    put('chunks/side-c.js', 'import{a}from"./shared-b.js";a();');
    put('chunks/deep/e.js', `export const big="${'x'.repeat(500)}";`);
    put('chunks/lazy-d.js', 'x'.repeat(10_000));
    const w = pageWeight(dir, 'popup.html');
    expect(w.files.map((f) => f.path)).toEqual(['chunks/popup-a.js', 'chunks/shared-b.js', 'chunks/deep/e.js', 'chunks/side-c.js']);
    const size = (p: string) => statSync(join(dir, p)).size;
    expect(w.bytes).toBe(['chunks/popup-a.js', 'chunks/shared-b.js', 'chunks/deep/e.js', 'chunks/side-c.js'].map(size).reduce((a, b) => a + b));
    expect(w.later).toEqual([{ path: 'chunks/lazy-d.js', bytes: 10_000 }]);
  });

  it('fails loudly on a reference to a file that is not in the build', () => {
    put('broken.html', '<script type="module" src="./chunks/missing.js"></script>');
    expect(() => pageWeight(dir, 'broken.html')).toThrow(/missing\.js/);
  });

  it('reads the import forms esbuild and Rollup write', () => {
    expect(moduleImports('import{a as b,c}from"./x.js";import*as y from\'./y.js\';export{z}from"./z.js";import"./w.js";').static).toEqual([
      './x.js',
      './y.js',
      './z.js',
      './w.js',
    ]);
    expect(moduleImports('const s="a from b";f(import("./lazy.js"))').static).toEqual([]);
  });
});
