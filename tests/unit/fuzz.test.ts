import { describe, it } from 'vitest';
import { PROPERTIES } from '../fuzz/properties';

/** The fuzz properties, 500 cases each (`npm run fuzz` runs 10,000). */
describe('fuzz (500 cases each)', () => {
  for (const p of PROPERTIES) it(p.name, { timeout: 600_000 }, () => p.run(Number(process.env.FUZZ_TEST_RUNS ?? 500)));
});
