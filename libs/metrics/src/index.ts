export * from './metrics-server.js';
export * from './registry.js';
export * from './temporal-client.interceptor.js';
