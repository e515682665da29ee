import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createBuiltInApiToken, registerUser } from '../helpers/strapi-credentials';
import { createToken } from '../helpers/tokens';

/** DELETE /api/access-tokens/me: a token ends itself, authenticated with itself, and no other. */
describe('DELETE /api/access-tokens/me', () => {
  const suite = useApp();
  const as = (value: string) => createClient(suite.app.url, bearer(value));

  it('revokes the calling token (204), audited as revoked by itself', async () => {
    const { id, value } = await createToken(suite, { name: 'ends itself', accessLevel: 'read-write' });
    const response = await as(value).delete('/api/access-tokens/me');
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();

    const refused = await as(value).get('/api/access-tokens/me');
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toBe('Access token revoked');
    const audit = (await suite.adminApi.get(`/access-tokens/audit?tokenId=${id}`)).body.data;
    expect(audit.find((entry: { action: string }) => entry.action === 'token.revoke')).toMatchObject({
      actor: null,
      changes: expect.objectContaining({ reason: { from: null, to: 'revoked by the token itself' } }),
    });
  });

  it('lets a read-only token end itself, and only itself: there is no id to name another', async () => {
    const reader = await createToken(suite, { name: 'read-only self', accessLevel: 'read-only' });
    const other = await createToken(suite, { name: 'the other one', accessLevel: 'read-only' });

    expect((await as(reader.value).delete(`/api/access-tokens/me?id=${other.id}`)).status).toBe(204);
    expect((await as(reader.value).get('/api/access-tokens/me')).status).toBe(401);
    expect((await as(other.value).get('/api/access-tokens/me')).status).toBe(200);
    // No route takes an id after /me.
    expect([404, 405]).toContain((await as(other.value).delete(`/api/access-tokens/me/${other.id}`)).status);
    expect((await as(other.value).get('/api/access-tokens/me')).status).toBe(200);
  });

  it('refuses a Strapi API token, a users-permissions JWT and no token at all, and changes nothing', async () => {
    const ours = await createToken(suite, { name: 'not theirs to end', accessLevel: 'read-write' });
    const builtInKey = await createBuiltInApiToken(suite, 'full access', 'full-access');
    const registered = await registerUser(suite, 'someone');

    for (const client of [as(builtInKey), as(registered.body.jwt), suite.http]) {
      const response = await client.delete('/api/access-tokens/me');
      expect(response.status).toBe(401);
      expect(response.body.error).toMatchObject({ status: 401, name: 'UnauthorizedError' });
    }
    expect((await as(ours.value).get('/api/access-tokens/me')).status).toBe(200);
    expect((await as(builtInKey).get('/api/articles')).status).toBe(200);
  });
});
