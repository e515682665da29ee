import { createHmac } from 'node:crypto';

import { open } from '../../../server/src/lib/secret-box';
import { createAdmin } from '../helpers/admin';
import { startApp } from '../helpers/app';
import { bearer, createClient } from '../helpers/http';

const TOKEN_UID = 'plugin::access-tokens.token';
const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';
// The constant 0.1 keyed everything with when no secret was configured.
const OLD_DEVELOPMENT_SECRET = 'access-tokens-development-secret-do-not-use-in-production';
const VALUE = 'Same-Custom-Integration-Value-jon5POY0Y5fKsTzsUHtU-abcdef';

/** Boots tests/app without a plugin secret, stores VALUE as a token and a hook, and returns what it stored. */
const storedBy = async (env: Record<string, string>) => {
  const app = await startApp({ ACCESS_TOKENS_NO_SECRET: 'true', ...env });
  try {
    const adminApi = createClient(app.url, bearer((await createAdmin(app.strapi, app.url)).jwt));
    expect(
      (await adminApi.post('/access-tokens/tokens', { name: 'same value', accessLevel: 'read-only', accessKey: VALUE }))
        .status
    ).toBe(201);
    const client = createClient(app.url, bearer(VALUE));
    expect((await client.get('/api/access-tokens/me')).status).toBe(200);
    const hook = await client.post('/api/access-tokens/hooks', {
      targetUrl: 'http://127.0.0.1:9/hook',
      event: 'entry.create',
      contentType: 'api::article.article',
    });
    expect(hook.status).toBe(201);
    const token = await app.strapi.db.query(TOKEN_UID).findOne({ where: { nameKey: 'same value' } });
    const subscription = await app.strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { id: hook.body.data.id } });
    return { keyHash: token.keyHash as string, sealed: subscription.secret as string };
  } finally {
    await app.close();
  }
};

describe('without a plugin secret, keys come from the app own secrets, never from a constant', () => {
  beforeAll(() => {
    delete process.env.ACCESS_TOKENS_SECRET;
  });

  it('two apps with different API_TOKEN_SALT store the same token value under different hashes', async () => {
    const first = await storedBy({ API_TOKEN_SALT: 'first-app-api-token-salt' });
    const second = await storedBy({ API_TOKEN_SALT: 'second-app-api-token-salt' });
    expect(first.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.keyHash).not.toBe(first.keyHash);
    const constantHash = createHmac('sha256', OLD_DEVELOPMENT_SECRET).update(VALUE).digest('hex');
    expect([first.keyHash, second.keyHash]).not.toContain(constantHash);
    const constantSealingKey = Buffer.from(
      createHmac('sha256', OLD_DEVELOPMENT_SECRET).update('secret-box:hook-subscription-secrets').digest('hex'),
      'hex'
    );
    for (const { sealed } of [first, second]) expect(() => open(constantSealingKey, sealed)).toThrow();
  }, 240_000);

  it('still refuses to start in production', async () => {
    await expect(startApp({ ACCESS_TOKENS_NO_SECRET: 'true', NODE_ENV: 'production' })).rejects.toThrow(
      /needs a secret in production/
    );
  });
});
