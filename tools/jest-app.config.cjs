// Shared Jest settings for the apps: next/jest compiles with Next's SWC setup and reads tsconfig paths.
const path = require('node:path');
const nextJest = require('next/jest');

module.exports = function appJestConfig(dir) {
  const createJestConfig = nextJest({ dir });
  return createJestConfig({
    displayName: path.basename(dir),
    testEnvironment: 'node',
    // Shared 2-core machines run several suites at once: a slow run is not a failure.
    testTimeout: 120_000,
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/app/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/e2e/', '/.next/'],
    moduleNameMapper: {
      '^@atlas/([a-z-]+)$': path.join(__dirname, '../libs/$1/src/index.ts'),
      '^@atlas/([a-z-]+)/(.*)$': path.join(__dirname, '../libs/$1/src/$2'),
    },
  });
};
