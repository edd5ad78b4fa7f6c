/** Jest runs the TypeScript sources directly through ts-jest; the compiled dist/ is never tested. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
  globalSetup: '<rootDir>/tests/global-setup.ts',
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
};
