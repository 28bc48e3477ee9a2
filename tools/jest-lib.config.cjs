// Shared Jest settings for the libs: SWC transforms TypeScript, @atlas/* resolve to source.
const path = require('node:path');

module.exports = function libJestConfig(dir, overrides = {}) {
  return {
    displayName: path.basename(dir),
    rootDir: dir,
    testEnvironment: 'node',
    // Shared 2-core machines run several suites at once: a slow run is not a failure. Speed
    // targets live in the benchmarks.
    testTimeout: 120_000,
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
    testPathIgnorePatterns: ['/node_modules/', '/e2e/', '/.next/'],
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } },
      ],
    },
    moduleNameMapper: {
      '^@atlas/([a-z-]+)$': path.join(__dirname, '../libs/$1/src/index.ts'),
      '^@atlas/([a-z-]+)/(.*)$': path.join(__dirname, '../libs/$1/src/$2'),
    },
    ...overrides,
  };
};
