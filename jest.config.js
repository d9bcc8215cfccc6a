/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  collectCoverageFrom: ['shared/**/*.ts'],
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { './shared/': { lines: 95 } },
};
