/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // tsconfig's isolatedModules makes ts-jest transpile only; `tsc --noEmit` in `npm test` type-checks the tree once.
    '^.+\\.ts$': 'ts-jest',
  },
  collectCoverageFrom: ['shared/**/*.ts'],
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { './shared/': { lines: 95 } },
};
