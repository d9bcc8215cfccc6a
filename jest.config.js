/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // At least two workers, also on CI's 2 cores (jest's default there is one): the browser and storage tests
  // mostly wait on Chromium and Azurite, so two overlap well (975 s of jest against 1,440 s with one).
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // tsconfig's isolatedModules makes ts-jest transpile only; `tsc --noEmit` in `npm test` type-checks the tree once.
    '^.+\\.ts$': 'ts-jest',
    // The Agents SDK's jwks-rsa requires jose 6, which ships only ES modules: Node loads them with require(esm),
    // jest's module system cannot, so jest gets the same code transpiled to CommonJS.
    '/node_modules/jwks-rsa/node_modules/jose/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } },
    ],
  },
  // d3-hierarchy ships ES modules for the tab's bundler and a UMD build that jest's CommonJS loader can require.
  moduleNameMapper: { '^d3-hierarchy$': '<rootDir>/node_modules/d3-hierarchy/dist/d3-hierarchy.js' },
  transformIgnorePatterns: ['^(?!.*/node_modules/jwks-rsa/node_modules/jose/).*/node_modules/'],
  collectCoverageFrom: ['shared/**/*.ts'],
  setupFilesAfterEnv: ['<rootDir>/tests/support/real-parts-timeout.js'],
  globalSetup: '<rootDir>/tests/support/tab-for-tests.ts',
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { './shared/': { lines: 95 } },
};
