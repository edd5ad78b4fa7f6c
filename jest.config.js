/** Jest runs the TypeScript sources directly through ts-jest; the compiled dist/ is never tested. */
const os = require('os');

module.exports = {
  // Many suites wait on child processes, Neo4j or Chromium rather than compute: two workers even on two cores (jest's
  // default, cores − 1, runs them one by one there).
  maxWorkers: Math.max(2, os.cpus().length - 1),
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
  globalSetup: '<rootDir>/tests/global-setup.ts',
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
};
