export * from './connection-options.js';
export * from './temporal.constants.js';
export * from './temporal-client.module.js';
export * from './search-attributes.js';
