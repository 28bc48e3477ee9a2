// Jest global setup: the registry suite runs against SQLite and against a real PostgreSQL server.
// ATLAS_TEST_POSTGRES_URL points at a server to use (the role needs CREATEDB: each test file makes its
// own database); without it a throwaway server is started here and removed in the teardown.
// Missing server binaries fail the run with the install command: the suite is never skipped.
const { startThrowawayPostgres } = require('../scripts/throwaway-postgres.cjs');

module.exports = async function startPostgres() {
  if (process.env.ATLAS_TEST_POSTGRES_URL) return;
  const server = await startThrowawayPostgres({ database: 'atlas_test' });
  // Workers are started after this and inherit the environment.
  process.env.ATLAS_TEST_POSTGRES_URL = server.url;
  globalThis.__atlasThrowawayPostgres = server;
};
