// The registry suite runs against SQLite and a throwaway PostgreSQL server (see test/postgres-global-setup.cjs).
module.exports = require('../../tools/jest-lib.config.cjs')(__dirname, {
  globalSetup: '<rootDir>/test/postgres-global-setup.cjs',
  globalTeardown: '<rootDir>/test/postgres-global-teardown.cjs',
  // Each test file applies migrations through the Prisma CLI (a child process, ~2 s).
  testTimeout: 60_000,
});
