/** @type {import('jest').Config} */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  // NestJS 12 ships only ES modules, which Jest loads natively only in ESM mode on Node 20.
  extensionsToTreatAsEsm: ['.ts'],
  // The libraries' subpath imports (package.json "imports") point at dist/ for Node; tests run the sources.
  moduleNameMapper: { '^#(domain|persistence|config|temporal|metrics)$': '<rootDir>/libs/$1/src/index.ts', '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    // Type checking is done once by `npm run typecheck`; per-file checking would triple the run time.
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  maxWorkers: 2,
};
