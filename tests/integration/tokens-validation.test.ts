import { futureIso, useApp } from './helpers/setup';

const TOKEN_UID = 'plugin::access-tokens.token';
const AUDIT_UID = 'plugin::access-tokens.audit-entry';

describe('tokens admin API: validation', () => {
  const suite = useApp();
  let existing: { id: number; name: string; accessKey: string };

  beforeAll(async () => {
    const response = await suite.adminApi.post('/access-tokens/tokens', {
      name: 'Existing Token',
      accessLevel: 'read-only',
    });
    expect(response.status).toBe(201);
    existing = response.body.data;
  });

  const counts = async () => ({
    tokens: await suite.app.strapi.db.query(TOKEN_UID).count(),
    audit: await suite.app.strapi.db.query(AUDIT_UID).count(),
  });
  const storedRow = () => suite.app.strapi.db.query(TOKEN_UID).findOne({ where: { id: existing.id } });

  /** A 400 in Strapi's error shape, naming `field`, after which nothing at all has changed. */
  const expectRefused = async (send: () => Promise<{ status: number; body: any }>, field: string) => {
    const [before, rowBefore] = [await counts(), await storedRow()];
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      data: null,
      error: { status: 400, name: 'ValidationError', message: expect.any(String) },
    });
    const paths = response.body.error.details.errors.map((error: { path: string[] }) => error.path[0]);
    expect(paths).toContain(field);
    expect(await counts()).toEqual(before);
    expect(await storedRow()).toEqual(rowBefore);
    return response.body.error;
  };

  const valid = { name: 'Valid name', accessLevel: 'read-only' };
  const sameInstant = futureIso(10);
  const create = (body: unknown) => suite.adminApi.post('/access-tokens/tokens', body);
  const update = (body: unknown) => suite.adminApi.put(`/access-tokens/tokens/${existing.id}`, body);

  /** Refused in a name and in a description alike (a description may hold line feeds, a name may not). */
  const REFUSED_CHARACTERS: Array<[string, string]> = [
    ['CR LF (a mail header injection)', 'ci\r\nBcc: x@y'],
    ['a tab', 'ci\tpipeline'],
    ['NUL', 'ci\u0000pipeline'],
    ['a C1 control (NEL)', 'ci\u0085pipeline'],
    ['a line separator', 'ci\u2028pipeline'],
    ['a bidi override', 'ci\u202Eenilepip'],
    ['a bidi isolate', 'ci\u2067pipeline'],
  ];

  const rules: Array<[string, Record<string, unknown>, string]> = [
    ...['name', 'description'].flatMap((field) =>
      REFUSED_CHARACTERS.map(([label, text]): [string, Record<string, unknown>, string] => [
        `${field} with ${label}`,
        { ...valid, [field]: text },
        field,
      ])
    ),
    ['name missing', { accessLevel: 'read-only' }, 'name'],
    ['name empty', { ...valid, name: '' }, 'name'],
    ['name blank', { ...valid, name: '   ' }, 'name'],
    ['name over 100 characters', { ...valid, name: 'n'.repeat(101) }, 'name'],
    ['name a duplicate in another case', { ...valid, name: 'existing TOKEN' }, 'name'],
    ['name a number', { ...valid, name: 42 }, 'name'],
    ['name null', { ...valid, name: null }, 'name'],
    ['name with a line feed', { ...valid, name: 'ci\npipeline' }, 'name'],
    ['accessLevel missing', { name: 'No level' }, 'accessLevel'],
    ['accessLevel unknown', { ...valid, accessLevel: 'admin' }, 'accessLevel'],
    ['accessLevel in another case', { ...valid, accessLevel: 'READ-ONLY' }, 'accessLevel'],
    ['scopes an unknown content type', { ...valid, scopes: ['api::article.article', 'api::nope.nope'] }, 'scopes'],
    ['scopes an unknown plugin', { ...valid, scopes: ['plugin::nope'] }, 'scopes'],
    ['scopes an admin-only plugin', { ...valid, scopes: ['plugin::content-manager'] }, 'scopes'],
    ['scopes a string', { ...valid, scopes: 'api::article.article' }, 'scopes'],
    ['scopes holding a number', { ...valid, scopes: [1] }, 'scopes'],
    ['description a number', { ...valid, description: 5 }, 'description'],
    ['validFrom not a date', { ...valid, validFrom: 'tomorrow' }, 'validFrom'],
    ['validFrom in a US format', { ...valid, validFrom: '12/31/2099' }, 'validFrom'],
    ['validTo an impossible date', { ...valid, validTo: '2099-13-45T00:00:00Z' }, 'validTo'],
    ['validTo a timestamp number', { ...valid, validTo: Date.now() + 86_400_000 }, 'validTo'],
    ['validTo before validFrom', { ...valid, validFrom: futureIso(10), validTo: futureIso(5) }, 'validTo'],
    ['validTo equal to validFrom', { ...valid, validFrom: sameInstant, validTo: sameInstant }, 'validTo'],
    ['validTo in the past', { ...valid, validTo: futureIso(-1) }, 'validTo'],
    ['ipAllowlist an invalid address', { ...valid, ipAllowlist: ['10.0.0.1', '300.1.2.3'] }, 'ipAllowlist'],
    ['ipAllowlist a prefix too long', { ...valid, ipAllowlist: ['10.0.0.0/33'] }, 'ipAllowlist'],
    ['ipAllowlist an IPv6 prefix too long', { ...valid, ipAllowlist: ['2001:db8::/129'] }, 'ipAllowlist'],
    ['ipAllowlist a hostname', { ...valid, ipAllowlist: ['example.com'] }, 'ipAllowlist'],
    ['ipAllowlist a string', { ...valid, ipAllowlist: '10.0.0.0/8' }, 'ipAllowlist'],
    ['an unknown field', { ...valid, owner: 'me' }, 'owner'],
    ['a read-only field', { ...valid, status: 'active' }, 'status'],
    ['a field named after an Object member: constructor', { ...valid, constructor: 'x' }, 'constructor'],
    ['a field named after an Object member: toString', { ...valid, toString: 'x' }, 'toString'],
    ['a field named after an Object member: hasOwnProperty', { ...valid, hasOwnProperty: 1 }, 'hasOwnProperty'],
  ];

  it.each(rules)('refuses on create: %s', async (_, body, field) => {
    await expectRefused(() => create(body), field);
  });

  it('refuses a body that is not an object', async () => {
    const before = await counts();
    const response = await create(['not', 'an', 'object']);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(await counts()).toEqual(before);
  });

  it('refuses a JSON __proto__ key, on create and on update, and stores nothing', async () => {
    const body = '{"name":"Proto","accessLevel":"read-only","__proto__":{"status":"x"}}';
    for (const send of [() => create(JSON.parse(body)), () => update(JSON.parse(body))]) {
      const [before, rowBefore] = [await counts(), await storedRow()];
      expect((await send()).status).toBe(400);
      expect([await counts(), await storedRow()]).toEqual([before, rowBefore]);
    }
  });

  it('never echoes a custom token value, whichever field is refused', async () => {
    const accessKey = 'Echo-Check-Value-dh4sr8IC50D6Buz3z2K0-abcdefghijkl';
    for (const body of [
      { ...valid, accessKey, owner: 'me' },
      { ...valid, accessKey, constructor: 'x' },
      { ...valid, name: '', accessKey },
    ]) {
      const response = await create(body);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).not.toContain(accessKey);
    }
  });

  it('refuses several problems at once, naming each field', async () => {
    const error = await expectRefused(() => create({ name: '', accessLevel: 'x', ipAllowlist: ['nope'] }), 'name');
    const paths = error.details.errors.map((entry: { path: string[] }) => entry.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['name', 'accessLevel', 'ipAllowlist']));
  });

  const updateRules = rules.filter(
    ([label]) => !['name missing', 'accessLevel missing', 'name a duplicate in another case'].includes(label)
  );

  it.each(updateRules)('refuses on update: %s', async (_, body, field) => {
    const { name: _name, accessLevel: _level, ...rest } = body;
    const changes = field === 'name' || field === 'accessLevel' ? { [field]: body[field] } : rest;
    await expectRefused(() => update(changes), field);
  });

  it('refuses on update: validTo before the stored validFrom', async () => {
    const other = await create({ name: 'Starts later', accessLevel: 'read-only', validFrom: futureIso(10) });
    expect(other.status).toBe(201);
    const response = await suite.adminApi.put(`/access-tokens/tokens/${other.body.data.id}`, { validTo: futureIso(5) });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['validTo']);
    expect((await suite.adminApi.get(`/access-tokens/tokens/${other.body.data.id}`)).body.data.validTo).toBeNull();
  });

  it('refuses on update: the name of another token in another case', async () => {
    const other = await create({ name: 'Second Token', accessLevel: 'read-only' });
    expect(other.status).toBe(201);
    await expectRefused(() => update({ name: 'SECOND token' }), 'name');
    // Its own name in another case is fine.
    const renamed = await update({ name: 'EXISTING token' });
    expect(renamed.status).toBe(200);
    expect((await update({ name: 'Existing Token' })).status).toBe(200);
  });

  it.each([
    ['negative', -1],
    ['too large', 30 * 24 * 60 * 60 + 1],
    ['not an integer', 1.5],
    ['a string', '60'],
    ['null', null],
  ])('refuses a regenerate grace period that is %s', async (_, gracePeriodSeconds) => {
    await expectRefused(
      () => suite.adminApi.post(`/access-tokens/tokens/${existing.id}/regenerate`, { gracePeriodSeconds }),
      'gracePeriodSeconds'
    );
    const { body } = await suite.adminApi.post('/access-tokens/tokens/lookup', { accessKey: existing.accessKey });
    expect(body.data.map((token: { id: number }) => token.id)).toEqual([existing.id]);
  });

  it('refuses unknown fields on regenerate', async () => {
    await expectRefused(
      () => suite.adminApi.post(`/access-tokens/tokens/${existing.id}/regenerate`, { accessKey: existing.accessKey }),
      'accessKey'
    );
  });
});
