import { defineConfig } from 'vitest/config';

// Browser tests: the UI built with the typed in-memory test backend (dist-e2e/, tests/e2e/backend/)
// served on 127.0.0.1, driven by playwright-core and Debian's Chromium. Run `npm run test:e2e`
// (it builds the app's dist/ and dist-e2e/ first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
