import { useApp } from './helpers/setup';

describe('concurrent creates cannot store duplicates', () => {
  const suite = useApp();

  const countTokens = () => suite.app.strapi.db.query('plugin::access-tokens.token').count({});

  it('stores one token when eight requests race with the same name', async () => {
    const before = await countTokens();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        suite.adminApi.post('/access-tokens/tokens', { name: 'Racing name', accessLevel: 'read-only' })
      )
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    for (const refused of responses.filter((response) => response.status !== 201)) {
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.errors[0].path).toEqual(['name']);
    }
    expect(await countTokens()).toBe(before + 1);
  });

  it('stores one token when eight requests race with the same custom value', async () => {
    const before = await countTokens();
    const accessKey = 'Racing-Value-BjtvFNi4zHZZ0FIan6Se-abcdefghijklmnop';
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        suite.adminApi.post('/access-tokens/tokens', { name: `Racer ${index}`, accessLevel: 'read-only', accessKey })
      )
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    for (const refused of responses.filter((response) => response.status !== 201)) {
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.errors[0].path).toEqual(['accessKey']);
    }
    expect(await countTokens()).toBe(before + 1);
  });
});
