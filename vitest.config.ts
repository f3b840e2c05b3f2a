import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', '__tests__/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    // e2e suites start a loopback GitHub and build fixtures in beforeAll; a loaded machine needs more than 10 s.
    hookTimeout: 60_000,
    // Builds dist/ once for the end-to-end tests (they run the bundles as GitHub does).
    globalSetup: ['__tests__/global-setup.ts'],
    pool: 'forks',
    // CI reads the counts from this file to print "N passed, N failed".
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci/vitest.json' },
  },
});
