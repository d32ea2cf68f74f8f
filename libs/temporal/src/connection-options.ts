import { readFileSync } from 'node:fs';
import type { TemporalConfig } from '#config';

export interface TemporalConnectionSettings {
  address: string;
  tls?: { clientCertPair: { crt: Buffer; key: Buffer }; serverRootCACertificate?: Buffer } | true;
  apiKey?: string;
}

/**
 * One translation of our config into Temporal connection options, shared by the API's client
 * and the worker's native connection, so that mTLS and API-key set-ups behave the same in both.
 */
export function temporalConnectionSettings(config: TemporalConfig): TemporalConnectionSettings {
  const settings: TemporalConnectionSettings = { address: config.address };
  if (config.tls) {
    settings.tls = {
      clientCertPair: { crt: readFileSync(config.tls.certPath), key: readFileSync(config.tls.keyPath) },
      ...(config.tls.caPath ? { serverRootCACertificate: readFileSync(config.tls.caPath) } : {}),
    };
  }
  if (config.apiKey) {
    settings.apiKey = config.apiKey;
    // An API key is only sent over TLS (Temporal Cloud); keep mTLS settings when they are given.
    settings.tls ??= true;
  }
  return settings;
}
