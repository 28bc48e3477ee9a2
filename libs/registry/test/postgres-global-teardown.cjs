// Stops and deletes the throwaway PostgreSQL server of postgres-global-setup.cjs, if it started one.
module.exports = async function stopPostgres() {
  const server = globalThis.__atlasThrowawayPostgres;
  if (!server) return;
  globalThis.__atlasThrowawayPostgres = undefined;
  delete process.env.ATLAS_TEST_POSTGRES_URL;
  server.stop();
};
