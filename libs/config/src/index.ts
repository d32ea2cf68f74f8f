export * from './environment.js';
export * from './configuration.js';
export * from './config.module.js';
export * from './logging.js';
export * from './named-secrets.js';
