// Tests of the workspace scripts themselves.
module.exports = {
  displayName: 'tools',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/*.test.cjs'],
  testTimeout: 120_000,
};
