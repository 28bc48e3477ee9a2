// Cross-app reliability suites (fuzzing every API route, crash safety, load while training, access,
// scale-out). The PostgreSQL suites reuse the registry's throwaway server. ATLAS_TEST_LONG=1
// (`npm test -- --long`) runs them bigger.
module.exports = require('../jest-lib.config.cjs')(__dirname, {
  displayName: 'reliability',
  globalSetup: '<rootDir>/../../libs/registry/test/postgres-global-setup.cjs',
  globalTeardown: '<rootDir>/../../libs/registry/test/postgres-global-teardown.cjs',
  // The suites start processes and train models: one file at a time keeps a 2-core machine usable.
  maxWorkers: 1,
  testMatch: ['<rootDir>/suites/**/*.test.ts'],
  // tools/next-config.mjs is ESM: compiled like the TypeScript so the header test can import it.
  transform: {
    '^.+\\.(t|j)sx?$|\\.mjs$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  testTimeout: 600_000,
  // Soft-deleted globals wrap their setters in a way that recurses when a background timer (the
  // prediction-log queue) writes to them after teardown; the suites clean up their own globals.
  testEnvironmentOptions: { globalsCleanup: 'off' },
});
