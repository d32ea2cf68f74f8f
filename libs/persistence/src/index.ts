export * from './entities/index.js';
export * from './migrations/index.js';
export * from './data-source.js';
export * from './org-snapshot.repository.js';
export * from './hazard-intake.repository.js';
export * from './seed/org-file.js';
export * from './seed/seed-org.js';
export * from './audit-chain.js';
