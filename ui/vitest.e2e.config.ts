import { defineConfig } from 'vitest/config';

// Browser tests: the built UI (dist/) served on 127.0.0.1 with the Tauri IPC mocked in the page,
// driven by playwright-core and Debian's Chromium. Run `npm run test:e2e` (it builds first).
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
