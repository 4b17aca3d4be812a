/**
 * `npm run fuzz`: every property of tests/fuzz/properties.ts, 10,000 cases
 * each (FUZZ_RUNS to change it, FUZZ_SEED to replay a run). Prints one line
 * per property and a closing "N passed, N failed" line; exits non-zero on
 * any failure.
 */
import '../../lib/zod-setup';
import { PROPERTIES } from './properties';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
let passed = 0;
let failed = 0;
console.log(`fuzz: ${runs} cases per property, seed ${seed}`);
for (const p of PROPERTIES) {
  const t0 = Date.now();
  try {
    await p.run(runs, seed);
    passed++;
    console.log(`  ok    ${p.name} (${runs} cases, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (err) {
    failed++;
    console.log(`  FAIL  ${p.name}\n${String(err instanceof Error ? err.message : err).split('\n').slice(0, 12).join('\n')}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
