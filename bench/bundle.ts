import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundle the product's snapshot builder, audit engine and the 83 criteria
 * into one minified IIFE for the page, as the extension's own build would
 * (esbuild is what Vite uses for transforms; WXT installs it).
 */
export async function bundlePageCode(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'bench/page-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  if (/\bzod\b|ZodError/.test(code)) throw new Error('the page bundle pulled in zod: it would not be what the extension injects');
  return code;
}
