export * from './vocabulary.js';
export * from './responsibility-chain.js';
export * from './hazard.js';
