import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient } from '../helpers/http';
import { useApp, type Suite } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';

/**
 * The test client plays the proxies: it sends the X-Forwarded-For that a client (left-most entries, which it may
 * forge) and the proxies in front of Strapi (entries they append) would produce.
 */
const ALLOWED = '203.0.113.7';
const MAX_FAILURES = 5;

const proxyEnv = (env: Record<string, string>) => ({
  PROXY_KOA: 'true',
  PROXY_MAX_IPS_COUNT: '',
  ACCESS_TOKENS_TRUSTED_PROXIES: '',
  ACCESS_TOKENS_THROTTLE_MAX_FAILURES: String(MAX_FAILURES),
  ...env,
});

const me = (suite: Suite, token: string, forwardedFor: string) =>
  createClient(suite.app.url, { ...bearer(token), 'X-Forwarded-For': forwardedFor }).get('/api/access-tokens/me');

const allowlisted = async (suite: Suite) =>
  (await createToken(suite, { name: `allowlisted ${Date.now()}`, accessLevel: 'read-only', ipAllowlist: [ALLOWED] }))
    .value;

/** Invalid tokens from one real client, each behind a different forged left-most entry. */
const rotatingGuesses = async (suite: Suite, forwardedFor: (forged: string) => string, count: number) => {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < count; attempt += 1) {
    statuses.push((await me(suite, generateToken('sat_'), forwardedFor(`192.0.2.${attempt + 1}`))).status);
  }
  return statuses;
};

const THROTTLED = [401, 401, 401, 401, 401, 429, 429, 429];

describe('behind one proxy, with server.proxy.koa on and no bound (Koa believes the left-most entry)', () => {
  const suite = useApp(proxyEnv({}));

  it('refuses a client outside the allowlist that puts an allowed address first in X-Forwarded-For', async () => {
    const token = await allowlisted(suite);
    const spoofed = await me(suite, token, `${ALLOWED}, 198.51.100.9`);
    expect(spoofed.status).toBe(401);
    // Refused from its address, a value answers as one never issued would.
    expect(spoofed.body.error.message).toBe('Unknown access token');
  });

  it('accepts the allowed client through the proxy', async () => {
    expect((await me(suite, await allowlisted(suite), ALLOWED)).status).toBe(200);
  });

  it('throttles a client that rotates forged left-most entries, and only that client', async () => {
    expect(await rotatingGuesses(suite, (forged) => `${forged}, 198.51.100.20`, 8)).toEqual(THROTTLED);
    expect((await me(suite, generateToken('sat_'), '198.51.100.21')).status).toBe(401);
  });
});

describe('behind a CDN and a load balancer named in trustedProxies', () => {
  // The socket peer (the test client on loopback) is the load balancer; 10.0.0.0/8 stands for the CDN's edges.
  const suite = useApp(proxyEnv({ ACCESS_TOKENS_TRUSTED_PROXIES: '127.0.0.1,::1,10.0.0.0/8' }));

  it('takes the right-most untrusted hop: a forged allowed address is refused, the honest client accepted', async () => {
    const token = await allowlisted(suite);
    expect((await me(suite, token, `${ALLOWED}, 198.51.100.9, 10.1.2.3`)).status).toBe(401);
    expect((await me(suite, token, `${ALLOWED}, 10.1.2.3`)).status).toBe(200);
  });

  it('throttles a client behind both proxies whatever it forges to the left', async () => {
    expect(await rotatingGuesses(suite, (forged) => `${forged}, 198.51.100.30, 10.9.9.9`, 8)).toEqual(THROTTLED);
  });
});

describe('behind two proxies counted by server.proxy.maxIpsCount', () => {
  const suite = useApp(proxyEnv({ PROXY_MAX_IPS_COUNT: '2' }));

  it('takes the address the farther proxy saw, whatever the client wrote before it', async () => {
    const token = await allowlisted(suite);
    expect((await me(suite, token, `${ALLOWED}, 198.51.100.9, 10.1.2.3`)).status).toBe(401);
    expect((await me(suite, token, `198.51.100.9, ${ALLOWED}, 10.1.2.3`)).status).toBe(200);
  });
});

describe('behind a proxy nobody told Strapi about (server.proxy.koa off, no trustedProxies)', () => {
  const logFile = join(tmpdir(), `access-tokens-untrusted-proxy-${process.pid}.log`);
  const suite = useApp(proxyEnv({ PROXY_KOA: 'false', LOG_FILE: logFile }));
  afterAll(() => rmSync(logFile, { force: true }));
  const warnings = () =>
    existsSync(logFile)
      ? readFileSync(logFile, 'utf8')
          .split('\n')
          .filter((line) => line.includes('while no proxy is trusted'))
      : [];

  it('warns once, at the first request that arrives with X-Forwarded-For, that every client looks like the proxy', async () => {
    const token = await allowlisted(suite);
    // The address it acts on is the socket's: the test client on loopback, not the forwarded one.
    expect((await me(suite, token, ALLOWED)).status).toBe(401);
    const [warning] = await waitFor(() => (warnings().length > 0 ? warnings() : null), {
      what: 'the untrusted-proxy warning in the log',
    });
    expect(JSON.parse(warning).level).toMatch(/warn/);
    expect(warning).toMatch(/X-Forwarded-For/);
    expect((await me(suite, token, '198.51.100.9')).status).toBe(401);
    expect((await me(suite, generateToken('sat_'), '198.51.100.10')).status).toBe(401);
    expect(warnings()).toHaveLength(1);
  });
});
