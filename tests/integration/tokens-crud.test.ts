import { futureIso, useApp } from './helpers/setup';

describe('tokens admin API: create, read, update, delete', () => {
  const suite = useApp();

  const create = (body: Record<string, unknown>) => suite.adminApi.post('/access-tokens/tokens', body);

  it('creates a token and returns its value once, prefixed and masked elsewhere', async () => {
    const created = await create({ name: 'Zapier', description: 'for zaps', accessLevel: 'read-only' });
    expect(created.status).toBe(201);
    const { data } = created.body;
    expect(data.accessKey).toMatch(/^sat_[0-9A-Za-z]{36}$/);
    expect(data).toMatchObject({
      name: 'Zapier',
      description: 'for zaps',
      accessLevel: 'read-only',
      scopes: [],
      ipAllowlist: [],
      status: 'active',
      validFrom: null,
      validTo: null,
      maskedKey: `sat_****${data.accessKey.slice(-4)}`,
      createdBy: { id: suite.admin.id, email: suite.admin.email },
    });
    expect(data).not.toHaveProperty('keyHash');

    const fetched = await suite.adminApi.get(`/access-tokens/tokens/${data.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.data).not.toHaveProperty('accessKey');
    expect(fetched.body.data.maskedKey).toBe(data.maskedKey);
  });

  it('accepts a custom value that is long and random enough', async () => {
    const accessKey = 'legacy-Integration-Key-jE0QOTd5n2EBgDr2Zn9a-abcdef';
    const created = await create({ name: 'Legacy', accessLevel: 'read-write', accessKey });
    expect(created.status).toBe(201);
    expect(created.body.data.accessKey).toBe(accessKey);
    expect(created.body.data.maskedKey).toBe('lega****cdef');
  });

  it.each([
    ['too short', 'Short-key-123'],
    ['one character repeated', 'a'.repeat(40)],
    ['a repeated word', 'password1password1password1password1'],
    ['runs', 'abcdefghij0123456789ABCDEFGHIJKL'],
    ['forbidden characters', 'has spaces and symbols!! 0123456789 abcdef'],
    ['our prefix with a bad checksum', 'sat_AAAAAAAAAAbbbbbbbbbbCCCCCCCCCC123456'],
    ['a keyboard walk', 'qazwsxedcrfvtgbyhnujmikolp1234567890'],
    ['interleaved runs', 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6'],
    ['a run with separators', '1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16'],
  ])('refuses a custom value: %s', async (_, accessKey) => {
    const response = await create({ name: `Custom ${accessKey.length}`, accessLevel: 'read-only', accessKey });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['accessKey']);
  });

  it.each([
    [
      'predictable',
      'password1password1password1password1',
      /^accessKey is too predictable: about \d+ bits of randomness estimated, 128 needed/,
    ],
    ['patterned', 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6', /^accessKey follows a pattern people type/],
  ])(
    'says why a %s custom value is refused, naming accessKey, without echoing it',
    async (kind, accessKey, message) => {
      const response = await create({ name: `Refused ${kind}`, accessLevel: 'read-only', accessKey });
      expect(response.status).toBe(400);
      const [error] = response.body.error.details.errors;
      expect(error.path).toEqual(['accessKey']);
      expect(error.message).toMatch(message);
      expect(JSON.stringify(response.body)).not.toContain(accessKey);
    }
  );

  it('refuses a custom value already in use', async () => {
    const accessKey = 'Shared-Value-lI1FgRa5bOFRCQnMeidz-abcdefghijklmnop';
    expect((await create({ name: 'First holder', accessLevel: 'read-only', accessKey })).status).toBe(201);
    const second = await create({ name: 'Second holder', accessLevel: 'read-only', accessKey });
    expect(second.status).toBe(400);
    expect(second.body.error.details.errors[0].path).toEqual(['accessKey']);
  });

  it('stores scopes, validity and the IP allowlist', async () => {
    const validFrom = futureIso(1);
    const validTo = futureIso(30);
    const response = await create({
      name: 'Scoped',
      accessLevel: 'read-write',
      scopes: ['api::article.article', 'plugin::upload'],
      ipAllowlist: ['10.0.0.0/8', '2001:db8::/32', '127.0.0.1'],
      validFrom,
      validTo,
    });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({
      scopes: ['api::article.article', 'plugin::upload'],
      ipAllowlist: ['10.0.0.0/8', '2001:db8::/32', '127.0.0.1'],
      validFrom,
      validTo,
      status: 'scheduled',
    });
  });

  it('updates the editable fields, never the secret', async () => {
    const { body } = await create({ name: 'Editable', accessLevel: 'read-only' });
    const id = body.data.id;
    const updated = await suite.adminApi.put(`/access-tokens/tokens/${id}`, {
      name: 'Edited',
      description: 'now described',
      accessLevel: 'read-write',
      scopes: ['api::category.category'],
      validTo: futureIso(7),
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({
      name: 'Edited',
      description: 'now described',
      accessLevel: 'read-write',
      scopes: ['api::category.category'],
    });
    expect(updated.body.data.maskedKey).toBe(body.data.maskedKey);

    const secretChange = await suite.adminApi.put(`/access-tokens/tokens/${id}`, {
      accessKey: 'Another-Value-d08I20p1xYnHiHJ4lOIG-abcdefghijkl',
    });
    expect(secretChange.status).toBe(400);
  });

  it('deletes a token; it is gone afterwards', async () => {
    const { body } = await create({ name: 'Doomed', accessLevel: 'read-only' });
    const deleted = await suite.adminApi.delete(`/access-tokens/tokens/${body.data.id}`);
    expect(deleted.status).toBe(200);
    expect((await suite.adminApi.get(`/access-tokens/tokens/${body.data.id}`)).status).toBe(404);
    expect((await suite.adminApi.delete(`/access-tokens/tokens/${body.data.id}`)).status).toBe(404);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await suite.adminApi.get('/access-tokens/tokens/999999')).status).toBe(404);
    expect((await suite.adminApi.get('/access-tokens/tokens/abc')).status).toBe(404);
    expect((await suite.adminApi.put('/access-tokens/tokens/999999', { name: 'x' })).status).toBe(404);
  });

  it('serves the plugin README for the Documentation button', async () => {
    const response = await suite.adminApi.get('/access-tokens/readme');
    expect(response.status).toBe(200);
    expect(response.body.data.markdown).toMatch(/^# strapi-plugin-access-tokens/);
    expect((await suite.http.get('/access-tokens/readme')).status).toBe(401);
  });

  it('serves the Zapier guide for the Zapier button, its links to other guides as plain paths', async () => {
    const response = await suite.adminApi.get('/access-tokens/zapier-guide');
    expect(response.status).toBe(200);
    expect(response.body.data.markdown).toMatch(/^# Connect Zapier with an access token/);
    expect(response.body.data.markdown).toContain('see docs/hooks.md for the routes');
    expect((await suite.http.get('/access-tokens/zapier-guide')).status).toBe(401);
  });

  it('lists the scopes a token may name, plugins that a token without scopes does not reach included', async () => {
    const response = await suite.adminApi.get('/access-tokens/scopes');
    expect(response.status).toBe(200);
    const uids = response.body.data.map((option: { uid: string }) => option.uid);
    expect(uids).toEqual(
      expect.arrayContaining([
        'api::article.article',
        'api::category.category',
        'plugin::upload',
        'plugin::access-tokens',
        'plugin::users-permissions',
        'plugin::email',
        'plugin::i18n',
      ])
    );
  });
});
