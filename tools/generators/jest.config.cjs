// The generator test: Node environment, TypeScript through SWC, long timeout (it builds a Next app).
module.exports = {
  displayName: 'atlas-tools',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  testTimeout: 900_000,
};
