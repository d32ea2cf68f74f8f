import { generateKeyPairSync } from 'node:crypto';
import { auditSigningKey, ConfigurationError, validateAuthSettings, validateEnvironment } from '../../libs/config/src/environment.js';

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

  it('refuses to authenticate without key material, and dev sign-in in production', () => {
    expect(() => validateAuthSettings(validateEnvironment({}))).toThrow(/AUTH_MODE=jwt needs key material/);
    expect(() => validateAuthSettings(validateEnvironment({ AUTH_JWT_SECRET: 'x'.repeat(32) }))).not.toThrow();
    expect(() => validateAuthSettings(validateEnvironment({ AUTH_JWKS_URL: 'https://idp.example/jwks.json' }))).not.toThrow();
    expect(() => validateAuthSettings(validateEnvironment({ AUTH_MODE: 'dev', NODE_ENV: 'production' }))).toThrow(/refused/);
    expect(() => validateEnvironment({ AUTH_JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('takes an Ed25519 signing key for checkpoints as PEM or base64 DER, and refuses anything else without repeating it', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const der = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(auditSigningKey(pem)?.asymmetricKeyType).toBe('ed25519');
    expect(auditSigningKey(der)?.asymmetricKeyType).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => validateEnvironment({ AUDIT_SIGNING_KEY: rsa })).toThrow(/AUDIT_SIGNING_KEY must be an Ed25519 private key/);
    let message = '';
    try {
      validateEnvironment({ AUDIT_SIGNING_KEY: 'not-a-key-secret-material' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/AUDIT_SIGNING_KEY/);
    expect(message).not.toContain('not-a-key-secret-material');
  });
});
