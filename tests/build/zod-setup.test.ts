import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * lib/zod-setup.ts turns on zod's jitless mode without importing zod (see
 * there why). This checks, in a fresh Node each time (zod keeps its settings
 * per process), that the installed zod still reads them from there and then
 * never compiles code from strings, as a CSP without 'unsafe-eval' requires.
 */
const ROOT = join(__dirname, '../..');

async function run(withSetup: boolean): Promise<{ jitless: unknown; calls: number }> {
  const script = `
    let calls = 0;
    const Real = Function;
    globalThis.Function = new Proxy(Real, {
      apply: (t, self, args) => (calls++, Reflect.apply(t, self, args)),
      construct: (t, args) => (calls++, Reflect.construct(t, args)),
    });
    ${withSetup ? `await import(${JSON.stringify(join(ROOT, 'lib/zod-setup.ts'))});` : ''}
    const { z } = await import('zod');
    const Schema = z.object({ id: z.string(), pages: z.array(z.object({ url: z.string(), n: z.number() })) });
    for (let i = 0; i < 3; i++) Schema.parse({ id: 'a', pages: [{ url: 'https://x.gov.vn/', n: i }] });
    console.log(JSON.stringify({ jitless: z.config().jitless ?? null, calls }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { jitless: unknown; calls: number };
}

describe('lib/zod-setup.ts', () => {
  it('puts zod in jitless mode before zod loads: zod never compiles code', async () => {
    expect(await run(true)).toEqual({ jitless: true, calls: 0 });
  });

  it('(without it, zod does compile code: the check above can fail)', async () => {
    const without = await run(false);
    expect(without.jitless).not.toBe(true);
    expect(without.calls).toBeGreaterThan(0);
  });
});
