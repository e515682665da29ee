import { futureIso, useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

describe('"expires soon" in the token list', () => {
  const suite = useApp();

  it('flags active tokens ending within the largest threshold and filters by it', async () => {
    const soon = await createToken(suite, { name: 'soon', accessLevel: 'read-only', validTo: futureIso(6) });
    await createToken(suite, { name: 'later', accessLevel: 'read-only', validTo: futureIso(8) });
    await createToken(suite, { name: 'never', accessLevel: 'read-only' });
    const revoked = await createToken(suite, {
      name: 'soon but revoked',
      accessLevel: 'read-only',
      validTo: futureIso(6),
    });
    await suite.adminApi.post(`/access-tokens/tokens/${revoked.id}/revoke`);

    const all = (await suite.adminApi.get('/access-tokens/tokens?sort=name:asc')).body.data as {
      name: string;
      expiresSoon: boolean;
    }[];
    expect(Object.fromEntries(all.map((token) => [token.name, token.expiresSoon]))).toEqual({
      soon: true,
      later: false,
      never: false,
      'soon but revoked': false,
    });

    for (const sort of ['name:asc', 'status:asc', 'validTo:desc']) {
      const filtered = await suite.adminApi.get(`/access-tokens/tokens?expiresSoon=true&sort=${sort}`);
      expect(filtered.status).toBe(200);
      expect(filtered.body.data.map((token: { name: string }) => token.name)).toEqual(['soon']);
      expect(filtered.body.meta.pagination.total).toBe(1);
    }
    expect((await suite.adminApi.get(`/access-tokens/tokens/${soon.id}`)).body.data.expiresSoon).toBe(true);
  });

  it('refuses any other value of expiresSoon with a 400 naming it', async () => {
    const response = await suite.adminApi.get('/access-tokens/tokens?expiresSoon=false');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['expiresSoon'] })]);
  });
});
