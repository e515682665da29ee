import { createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';

const FORGED = '203.0.113.66';
const CLIENT = '198.51.100.9';

/** Behind a CDN (10.0.0.0/8) and a load balancer (the loopback socket peer), both named in trustedProxies. */
describe('last use: address and User-Agent, as the trusted-proxy rules resolve them', () => {
  const suite = useApp({
    PROXY_KOA: 'true',
    PROXY_MAX_IPS_COUNT: '',
    ACCESS_TOKENS_TRUSTED_PROXIES: '127.0.0.1,::1,10.0.0.0/8',
  });

  const callThroughProxies = (value: string, forwardedFor: string, userAgent: string) =>
    createClient(suite.app.url, {
      Authorization: `Bearer ${value}`,
      'X-Forwarded-For': forwardedFor,
      'User-Agent': userAgent,
    }).get('/api/articles');

  it('records the right-most untrusted hop, never a forged entry, with the User-Agent cut to 255 characters', async () => {
    const { id, value } = await createToken(suite, { name: 'behind proxies', accessLevel: 'read-only' });
    const userAgent = `Zapier/1.0 ${'x'.repeat(400)}`;
    expect((await callThroughProxies(value, `${FORGED}, ${CLIENT}, 10.1.2.3`, userAgent)).status).toBe(200);

    await waitFor(
      async () => {
        const token = (await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data;
        expect(token.lastUsedAt).not.toBeNull();
        expect(token.lastUsedIp).toBe(CLIENT);
        expect(token.lastUsedUserAgent).toBe(userAgent.slice(0, 255));
        return true;
      },
      { what: 'the last use written' }
    );
    const listed = (await suite.adminApi.get('/access-tokens/tokens?pageSize=100')).body.data.find(
      (token: { id: number }) => token.id === id
    );
    expect(listed).toMatchObject({ lastUsedIp: CLIENT, lastUsedUserAgent: userAgent.slice(0, 255) });
  });

  it('writes the last use at most once a minute: a second call within it changes nothing', async () => {
    const { id, value } = await createToken(suite, { name: 'twice', accessLevel: 'read-only' });
    await callThroughProxies(value, `${CLIENT}, 10.1.2.3`, 'first');
    await waitFor(
      async () => (await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data.lastUsedUserAgent === 'first',
      { what: 'the first use written' }
    );
    await callThroughProxies(value, '198.51.100.10, 10.1.2.3', 'second');
    // A write of the second call would be queued with setImmediate: a later read sees it if it exists.
    await suite.adminApi.get('/access-tokens/tokens');
    const token = (await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data;
    expect(token).toMatchObject({ lastUsedIp: CLIENT, lastUsedUserAgent: 'first' });
  });
});
