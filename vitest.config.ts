import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'cli/**/*.test.ts'],
    environment: 'node',
    // zod's configuration (English messages), as every bundle and the command line have it.
    setupFiles: ['./lib/zod-setup.ts'],
  },
});
