import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Core } from '@strapi/strapi';

import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient } from '../helpers/http';
import { createSettledToken, credentialQueries, expectTokenInQueryRefused } from '../helpers/queries';
import { useApp, type Suite } from '../helpers/setup';
import { createBuiltInApiToken } from '../helpers/strapi-credentials';
import { createToken } from '../helpers/tokens';
import { waitFor } from '../helpers/wait';

type AuthService = ReturnType<Core.Strapi['get']>;

/** Keeps Strapi's own `authenticate`, as it was before any plugin registered, to compare with after the boot. */
const recordOriginalAuthenticate = () => {
  const original: { authenticate?: unknown } = {};
  const beforeLoad = (strapi: Core.Strapi, alter?: (auth: AuthService) => void) => {
    const auth = strapi.get('auth');
    original.authenticate = auth.authenticate;
    alter?.(auth);
  };
  return { original, beforeLoad };
};

/** What must hold whenever our strategy is registered the ordinary way: it runs after Strapi's own, and works. */
const itAuthenticatesTheOrdinaryWay = (suite: Suite, original: { authenticate?: unknown }) => {
  it('leaves Strapi’s authenticate as it was: the wrapper is not installed', () => {
    expect(original.authenticate).toEqual(expect.any(Function));
    expect(suite.app.strapi.get('auth').authenticate).toBe(original.authenticate);
  });

  it('authenticates our tokens, within their level', async () => {
    const { id, value } = await createToken(suite, { name: 'ordinary', accessLevel: 'read-only' });
    const client = createClient(suite.app.url, bearer(value));
    expect((await client.get('/api/access-tokens/me')).body.data).toMatchObject({ id, name: 'ordinary' });
    expect((await client.get('/api/articles')).status).toBe(200);
    expect((await client.post('/api/articles', { data: { title: 'nope' } })).status).toBe(403);
  });

  it('answers 401 to wrong, malformed and revoked tokens, with our messages', async () => {
    const valid = generateToken('sat_');
    for (const value of [valid, 'sat_short', valid.slice(0, -1) + (valid.endsWith('x') ? 'y' : 'x')]) {
      expect((await createClient(suite.app.url, bearer(value)).get('/api/articles')).status).toBe(401);
    }
    const { id, value } = await createToken(suite, { name: 'revoked ordinary', accessLevel: 'read-only' });
    await suite.adminApi.post(`/access-tokens/tokens/${id}/revoke`);
    const refused = await createClient(suite.app.url, bearer(value)).get('/api/articles');
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toBe('Access token revoked');
  });

  it('still refuses a token sent in the query string', async () => {
    await expectTokenInQueryRefused(suite, 'ordinary in query');
  });

  it('lets Strapi’s built-in API-token strategy look first, even for a cached token of ours', async () => {
    const { value } = await createSettledToken(suite, { name: 'cached ordinary', accessLevel: 'read-only' });
    const client = createClient(suite.app.url, bearer(value));
    expect((await client.get('/api/articles')).status).toBe(200);
    // /api/articles accepts every strategy (our /me route accepts only ours).
    const queries = await credentialQueries(suite.app.strapi, () => client.get('/api/articles'));
    expect(queries.some((sql) => sql.includes('strapi_api_tokens'))).toBe(true);
    expect(queries.some((sql) => sql.includes('access_tokens_tokens'))).toBe(false);
  });

  it('leaves built-in API tokens working', async () => {
    const builtInKey = await createBuiltInApiToken(suite, 'built-in', 'read-only');
    expect((await createClient(suite.app.url, bearer(builtInKey)).get('/api/articles')).status).toBe(200);
  });
};

describe('serveFirst: false', () => {
  const { original, beforeLoad } = recordOriginalAuthenticate();
  const suite = useApp({ ACCESS_TOKENS_SERVE_FIRST: 'false' }, { beforeLoad: (strapi) => beforeLoad(strapi) });

  itAuthenticatesTheOrdinaryWay(suite, original);
});

describe('an auth service whose authenticate cannot be replaced (frozen)', () => {
  const logFile = join(tmpdir(), `access-tokens-serve-first-${process.pid}.log`);
  const { original, beforeLoad } = recordOriginalAuthenticate();
  const suite = useApp(
    { ACCESS_TOKENS_SERVE_FIRST: 'true', LOG_FILE: logFile },
    { beforeLoad: (strapi) => beforeLoad(strapi, (auth) => Object.freeze(auth)) }
  );
  afterAll(() => rmSync(logFile, { force: true }));

  it('logs a warning at start-up and falls back to the ordinary registration', async () => {
    const warning = await waitFor(
      () =>
        existsSync(logFile) &&
        readFileSync(logFile, 'utf8')
          .split('\n')
          .find((line) => line.includes('serveFirst')),
      { what: 'the serve-first warning in the log' }
    );
    expect(JSON.parse(warning).level).toMatch(/warn/);
    expect(warning).toMatch(/cannot be replaced/);
  });

  itAuthenticatesTheOrdinaryWay(suite, original);
});
