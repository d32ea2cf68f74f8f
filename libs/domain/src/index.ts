export * from './vocabulary.js';
export * from './responsibility-chain.js';
export * from './hazard.js';
export * from './durations.js';
export * from './policy.js';
export * from './calendar.js';
export * from './lifecycle.js';
export * from './permissions.js';
