import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension: one at a
// time. The checks of the built packages (tests/build: manifests, Mozilla's
// linter, store zips) run here too, because they need the build.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.e2e.ts', 'tests/hostile/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
