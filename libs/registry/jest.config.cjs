// The registry suite runs against SQLite and a throwaway PostgreSQL server (see test/postgres-global-setup.cjs).
module.exports = require('../../tools/jest-lib.config.cjs')(__dirname, {
  globalSetup: '<rootDir>/test/postgres-global-setup.cjs',
  globalTeardown: '<rootDir>/test/postgres-global-teardown.cjs',
});
