import { bearer, createClient } from '../helpers/http';
import { afterRevocationPoll, createSettledToken, credentialQueries } from '../helpers/queries';
import { useApp } from '../helpers/setup';

/**
 * The revocation poll reads the audit entries every instance writes and evicts the tokens they name, but only for
 * changes that affect authentication: a token managing its own hooks must not empty its cache entry on every
 * instance, over and over.
 */
describe('the revocation poll evicts tokens for authentication changes only', () => {
  const suite = useApp();
  const target = { targetUrl: 'http://127.0.0.1:9/eviction', event: 'entry.create' };

  /** A token served from this instance's cache from now on, and its client. */
  const cachedToken = async (name: string) => {
    const token = await createSettledToken(suite, { name, accessLevel: 'read-only' });
    const api = createClient(suite.app.url, bearer(token.value));
    expect((await api.get('/api/articles')).status).toBe(200);
    return { ...token, name, api };
  };
  const afterTwoPolls = async () => {
    // Two: the first may have started before the last change committed.
    await afterRevocationPoll(suite.app.strapi);
    await afterRevocationPoll(suite.app.strapi);
  };
  const lookupsOfNextRequest = (api: ReturnType<typeof createClient>) =>
    credentialQueries(suite.app.strapi, async () => expect((await api.get('/api/articles')).status).toBe(200));

  it('keeps a token cached while it subscribes, rotates a secret and unsubscribes', async () => {
    const { api } = await cachedToken('hook manager');
    const subscribed = await api.post('/api/access-tokens/hooks', target);
    expect(subscribed.status).toBe(201);
    const hook = subscribed.body.data.id as number;
    expect((await api.post(`/api/access-tokens/hooks/${hook}/rotate-secret`, {})).status).toBe(200);
    expect((await api.delete(`/api/access-tokens/hooks/${hook}`)).status).toBe(204);
    await afterTwoPolls();

    expect(await lookupsOfNextRequest(api)).toEqual([]);
  });

  it.each(['token.update', 'token.revoke'] as const)(
    'evicts a token that another instance audited a %s of: the next request reads it again',
    async (action) => {
      const { id, name, api } = await cachedToken(`changed elsewhere (${action})`);
      // What another instance sharing the database leaves for this one to see: the audit entry of its change.
      await suite.app.strapi
        .plugin('access-tokens')
        .service('audit')
        .record({ action, token: { id, name }, actor: null, changes: null });
      await afterTwoPolls();

      expect(await lookupsOfNextRequest(api)).toHaveLength(1);
    }
  );
});
