/**
 * The layers' import rules, checked by `npm test` (scripts/lint.ts). The README's architecture
 * section draws them.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide a layer or feature boundary that is not there.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'workflows-are-deterministic',
      severity: 'error',
      comment:
        'Workflows are replayed: they import only the pure domain, other workflows and their messages, the workflow half of the Temporal SDK (activities by type only) and async-mutex (promises only, as in Temporal\'s safe-message-handlers sample).',
      from: { path: '^workflows/' },
      to: {
        dependencyTypesNot: ['type-only'],
        pathNot: ['^workflows/', '^libs/domain/', '^node_modules/@temporalio/(workflow|common)/', '^node_modules/async-mutex/'],
      },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'libs/domain is the vocabulary every layer shares; it depends on nothing of ours but itself, and on no framework, driver or Node built-in.',
      from: { path: '^libs/domain/' },
      to: {
        pathNot: ['^libs/domain/', '^node_modules/chinese-days/'],
      },
    },
    {
      name: 'temporal-lib-not-persistence',
      severity: 'error',
      comment: 'libs/temporal connects to Temporal; it knows nothing of the database.',
      from: { path: '^libs/temporal/' },
      to: { path: '^libs/persistence/' },
    },
    {
      name: 'api-not-activities-or-workflow-code',
      severity: 'error',
      comment: 'The API talks to workflows through Temporal by their messages; it never imports activities or workflow implementations.',
      from: { path: '^apps/api/' },
      to: { path: ['^activities/', '^workflows/.+\\.workflow\\.ts$'] },
    },
    {
      name: 'only-persistence-talks-to-the-database',
      severity: 'error',
      comment: 'SQL drivers and TypeORM belong to libs/persistence.',
      from: { path: '^(apps|workflows|activities|libs/(domain|temporal|config|metrics))/' },
      to: { path: '^node_modules/(pg|typeorm|@nestjs/typeorm)/' },
    },
    {
      name: 'console-is-a-browser-app',
      severity: 'error',
      comment: 'The console reaches the API over HTTP; it shares only types with the server side.',
      from: { path: '^apps/console/' },
      to: { dependencyTypesNot: ['type-only'], path: '^(apps/(api|worker)|activities|workflows|libs/(persistence|temporal|config))/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.data|coverage|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    combinedDependencies: true,
  },
};

