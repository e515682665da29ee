import { createHmac } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { open, seal } from '../../../server/src/lib/secret-box';
import { createAdmin } from '../helpers/admin';
import { bootStrapi } from '../helpers/app';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { bearer, createClient } from '../helpers/http';
import { waitFor } from '../helpers/wait';
import { startReceiver, type Receiver } from '../hooks/receiver';

const TOKEN_UID = 'plugin::access-tokens.token';
const SUBSCRIPTION_UID = 'plugin::access-tokens.hook-subscription';

// How 0.1 keyed everything, spelled out here on purpose: HMAC under the raw secret, or under this published constant.
const OLD_DEVELOPMENT_SECRET = 'access-tokens-development-secret-do-not-use-in-production';
const oldHash = (secret: string, value: string) => createHmac('sha256', secret).update(value, 'utf8').digest('hex');
const oldSealingKey = (secret: string) => Buffer.from(oldHash(secret, 'secret-box:hook-subscription-secrets'), 'hex');

/** The token's row once `done` holds for it. */
const rowOnce = (read: () => Promise<any>, done: (row: any) => boolean, what: string) =>
  waitFor(
    async () => {
      const row = await read();
      return done(row) && row;
    },
    { what }
  );

describe.each([
  ['without a plugin secret', { ACCESS_TOKENS_NO_SECRET: 'true' }, OLD_DEVELOPMENT_SECRET],
  [
    'with a plugin secret',
    { ACCESS_TOKENS_NO_SECRET: 'false', ACCESS_TOKENS_SECRET: 'configured-secret-0123456789abcdef' },
    'configured-secret-0123456789abcdef',
  ],
])('upgrading from 0.1 %s: tokens and hook secrets stored the old way', (_label, env, oldSecret) => {
  let database: TestDatabase;
  let receiver: Receiver;
  let strapi: Core.Strapi;
  let url: string;
  const values = { plain: '', previous: '', current: '', hookSecret: '', reported: '' };
  const ids = { plain: 0, rotated: 0, subscription: 0, reported: 0 };
  let oldSealed = '';

  const boot = async () => ({ strapi, url } = await bootStrapi({ ...database.env, ...env }));
  const tokenRow = (id: number) => strapi.db.query(TOKEN_UID).findOne({ where: { id } });
  const subscriptionRow = () => strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { id: ids.subscription } });

  beforeAll(async () => {
    delete process.env.ACCESS_TOKENS_SECRET;
    database = await createTestDatabase();
    receiver = await startReceiver();
    await boot();
    const adminApi = createClient(url, bearer((await createAdmin(strapi, url)).jwt));
    const plain = await adminApi.post('/access-tokens/tokens', { name: 'plain', accessLevel: 'read-write' });
    ids.plain = plain.body.data.id;
    values.plain = plain.body.data.accessKey;
    const rotated = await adminApi.post('/access-tokens/tokens', { name: 'rotated', accessLevel: 'read-only' });
    ids.rotated = rotated.body.data.id;
    values.previous = rotated.body.data.accessKey;
    values.current = (
      await adminApi.post(`/access-tokens/tokens/${ids.rotated}/regenerate`, { gracePeriodSeconds: 3600 })
    ).body.data.accessKey;
    const reported = await adminApi.post('/access-tokens/tokens', {
      name: 'leaked before use',
      accessLevel: 'read-only',
    });
    [ids.reported, values.reported] = [reported.body.data.id, reported.body.data.accessKey];
    const subscribed = await createClient(url, bearer(values.plain)).post('/api/access-tokens/hooks', {
      targetUrl: receiver.url('/migrated'),
      event: 'entry.create',
      contentType: 'api::article.article',
    });
    ids.subscription = subscribed.body.data.id;
    values.hookSecret = subscribed.body.data.secret;
    receiver.expect('/migrated', values.hookSecret);

    // Rewrite the rows as 0.1 stored them, then restart as the upgrade does.
    const tokens = strapi.db.query(TOKEN_UID);
    await tokens.update({ where: { id: ids.plain }, data: { keyHash: oldHash(oldSecret, values.plain) } });
    await tokens.update({ where: { id: ids.reported }, data: { keyHash: oldHash(oldSecret, values.reported) } });
    await tokens.update({
      where: { id: ids.rotated },
      data: { keyHash: oldHash(oldSecret, values.current), previousKeyHash: oldHash(oldSecret, values.previous) },
    });
    oldSealed = seal(oldSealingKey(oldSecret), values.hookSecret);
    await strapi.db.query(SUBSCRIPTION_UID).update({ where: { id: ids.subscription }, data: { secret: oldSealed } });
    await strapi.destroy();
    await boot();
  }, 120_000);

  afterAll(async () => {
    await strapi?.destroy();
    await receiver?.close();
    await database?.drop();
  });

  it('reseals every hook secret at start-up, under a key the old one does not open', async () => {
    const row = await subscriptionRow();
    expect(row.secret).not.toBe(oldSealed);
    expect(() => open(oldSealingKey(oldSecret), row.secret)).toThrow();
    expect(strapi.plugin('access-tokens').service('hookSubscriptions').openSecret(row)).toBe(values.hookSecret);

    // Idempotent: a second pass (another instance starting) changes nothing.
    expect(await strapi.plugin('access-tokens').service('keyMigration').resealHookSecrets()).toBe(0);
    expect((await subscriptionRow()).secret).toBe(row.secret);
  });

  it('accepts a token stored under the old hash, then rewrites the hash once', async () => {
    const client = createClient(url, bearer(values.plain));
    expect((await client.get('/api/access-tokens/me')).status).toBe(200);
    const row = await rowOnce(
      () => tokenRow(ids.plain),
      (found) => found.keyHash !== oldHash(oldSecret, values.plain),
      'the hash rewritten'
    );
    expect(row.keyHash).toBe(strapi.plugin('access-tokens').service('keys').hash(values.plain));
    expect(row.keyHash).not.toBe(oldHash(OLD_DEVELOPMENT_SECRET, values.plain));
    expect((await client.get('/api/access-tokens/me')).status).toBe(200);
  });

  it('keeps both values of a token regenerated with a grace period, and rewrites both hashes', async () => {
    expect((await createClient(url, bearer(values.current)).get('/api/access-tokens/me')).status).toBe(200);
    expect((await createClient(url, bearer(values.previous)).get('/api/access-tokens/me')).status).toBe(200);
    const keys = strapi.plugin('access-tokens').service('keys');
    const row = await rowOnce(
      () => tokenRow(ids.rotated),
      (found) => found.keyHash === keys.hash(values.current) && found.previousKeyHash === keys.hash(values.previous),
      'both hashes rewritten'
    );
    expect([row.keyHash, row.previousKeyHash]).toEqual([keys.hash(values.current), keys.hash(values.previous)]);
  });

  it('revokes a token still stored under the old hash when its value is reported as leaked', async () => {
    expect((await createClient(url).post('/api/access-tokens/revoke', { tokens: [values.reported] })).status).toBe(202);
    const row = await rowOnce(
      () => tokenRow(ids.reported),
      (found) => found.revokedAt !== null,
      'the token revoked'
    );
    expect(row.revokedAt).not.toBeNull();
    expect((await createClient(url, bearer(values.reported)).get('/api/access-tokens/me')).status).toBe(401);
  });

  it('signs deliveries with the hook secret the integration holds', async () => {
    const created = await createClient(url, bearer(values.plain)).post('/api/articles', {
      data: { title: 'after the upgrade' },
    });
    expect(created.status).toBe(201);
    await receiver.waitFor(() => receiver.at('/migrated').length > 0);
    expect(receiver.at('/migrated').every((request) => request.verified)).toBe(true);
  });
});
