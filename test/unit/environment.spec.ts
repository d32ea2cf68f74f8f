import { ConfigurationError, validateEnvironment } from '../../libs/config/src/environment.js';

describe('validateEnvironment', () => {
  it('fills defaults for a bare environment', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ TEMPORAL_ADDRESS: '127.0.0.1:7233', TEMPORAL_NAMESPACE: 'default', PORT: 3000 });
  });

  it('names every bad setting at once', () => {
    expect(() => validateEnvironment({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT[^\n]*\n\s+LOG_LEVEL|LOG_LEVEL[^\n]*\n\s+PORT/);
  });

  it('wants a TLS certificate and key together', () => {
    expect(() => validateEnvironment({ TEMPORAL_TLS_CERT_PATH: '/x.pem' })).toThrow(ConfigurationError);
  });
});
