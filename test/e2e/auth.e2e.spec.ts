import type { INestApplication } from '@nestjs/common';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createApp, TEST_AUTH_SECRET } from '../support/harness.js';

const secret = new TextEncoder().encode(TEST_AUTH_SECRET);
const hs256 = (sub: string, exp: string | number = '1h', key: Uint8Array = secret) =>
  new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime(exp).sign(key);

describe('authentication', () => {
  describe('HS256 tokens (dev mode)', () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await createApp();
    });
    afterAll(() => app?.close());

    const whoami = (auth?: string) => {
      const r = request(app.getHttpServer()).get('/approvals');
      return auth ? r.set('Authorization', auth) : r;
    };

    it('accepts a valid token naming a known person', async () => {
      await whoami(`Bearer ${await hs256('city-a-deputy-1')}`).expect(200);
    });

    it.each([
      ['no token', async () => undefined, /bearer token/],
      ['a non-bearer scheme', async () => 'Basic abc', /must be "Bearer <token>"/],
      ['garbage', async () => 'Bearer not.a.jwt', /malformed|could not be verified/],
      ['an expired token', async () => `Bearer ${await hs256('city-a-deputy-1', Math.floor(Date.now() / 1000) - 60)}`, /expired/],
      ['a token signed with another key', async () => `Bearer ${await hs256('city-a-deputy-1', '1h', new TextEncoder().encode('another-secret-another-secret-another'))}`, /signature is invalid/],
      ['a token naming nobody we know', async () => `Bearer ${await hs256('mallory')}`, /"mallory", who is not a known person/],
    ])('refuses %s with 401 and the reason', async (_, auth, reason) => {
      const res = await whoami(await auth()).expect(401);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.detail).toMatch(reason);
    });

    it('signs in through the dev route, refusing unknown people', async () => {
      const res = await request(app.getHttpServer()).post('/auth/dev-token').send({ personId: 'prov-principal' }).expect(200);
      expect(res.body).toMatchObject({ tokenType: 'Bearer', person: { id: 'prov-principal', unitId: 'prov' } });
      await whoami(`Bearer ${res.body.token}`).expect(200);
      const unknown = await request(app.getHttpServer()).post('/auth/dev-token').send({ personId: 'mallory' }).expect(422);
      expect(unknown.body.errors).toEqual([{ field: 'personId', reason: 'person "mallory" does not exist', code: 'invalid' }]);
    });

    it('keeps health public', async () => {
      await request(app.getHttpServer()).get('/health').expect(200);
    });
  });

  describe('outside dev mode', () => {
    it('has no dev sign-in route at all', async () => {
      const app = await createApp({ AUTH_MODE: 'jwt' });
      try {
        await request(app.getHttpServer()).post('/auth/dev-token').send({ personId: 'prov-principal' }).expect(404);
        await request(app.getHttpServer()).get('/approvals').set('Authorization', `Bearer ${await hs256('prov-principal')}`).expect(200);
      } finally {
        await app.close();
      }
    });

    it('refuses to start without key material', async () => {
      await expect(createApp({ AUTH_MODE: 'jwt', AUTH_JWT_SECRET: '' })).rejects.toThrow(/AUTH_MODE=jwt needs key material/);
    });
  });

  describe('RS256 and ES256 tokens against a JWKS', () => {
    let jwks: Server;
    let app: INestApplication;
    const rsa = generateKeyPair('RS256');
    const ec = generateKeyPair('ES256');

    beforeAll(async () => {
      const keys = [
        { ...(await exportJWK((await rsa).publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
        { ...(await exportJWK((await ec).publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      ];
      jwks = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys })));
      await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
      app = await createApp({ AUTH_MODE: 'jwt', AUTH_JWT_SECRET: '', AUTH_JWKS_URL: url, AUTH_ISSUER: 'https://idp.test', AUTH_AUDIENCE: 'dutychain' });
    });

    afterAll(async () => {
      await app?.close();
      await new Promise((r) => jwks.close(r));
    });

    const token = async (alg: 'RS256' | 'ES256', kid: string, claims: { iss?: string; aud?: string } = {}) =>
      new SignJWT({})
        .setProtectedHeader({ alg, kid })
        .setSubject('city-b-principal')
        .setIssuer(claims.iss ?? 'https://idp.test')
        .setAudience(claims.aud ?? 'dutychain')
        .setExpirationTime('5m')
        .sign((await (alg === 'RS256' ? rsa : ec)).privateKey);

    it('accepts tokens signed by a key in the JWKS', async () => {
      for (const [alg, kid] of [['RS256', 'rsa-1'], ['ES256', 'ec-1']] as const) {
        await request(app.getHttpServer()).get('/approvals').set('Authorization', `Bearer ${await token(alg, kid)}`).expect(200);
      }
    });

    it('refuses a wrong audience, an unknown key and an HS256 token', async () => {
      const wrongAud = await request(app.getHttpServer()).get('/approvals').set('Authorization', `Bearer ${await token('RS256', 'rsa-1', { aud: 'other' })}`).expect(401);
      expect(wrongAud.body.detail).toMatch(/"aud" claim/);
      const other = await generateKeyPair('RS256');
      const foreign = await new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'rsa-9' }).setSubject('city-b-principal').setIssuer('https://idp.test').setAudience('dutychain').setExpirationTime('5m').sign(other.privateKey);
      const unknownKey = await request(app.getHttpServer()).get('/approvals').set('Authorization', `Bearer ${foreign}`).expect(401);
      expect(unknownKey.body.detail).toMatch(/no key in the JWKS/);
      const hs = await request(app.getHttpServer()).get('/approvals').set('Authorization', `Bearer ${await hs256('city-b-principal')}`).expect(401);
      expect(hs.body.detail).toMatch(/algorithm/);
    });
  });
});
