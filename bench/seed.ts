/** Seeds a fresh tests/app over HTTP, the way an administrator would. */

export interface Seeded {
  /** Built-in read-only API token. */
  builtIn: string;
  /** Plugin read-only tokens; the first is the one the A/B/C scenarios use. */
  readOnly: string[];
  /** Plugin read-write token (writes and hook subscriptions). */
  readWrite: string;
  /** Plugin read-only token with a rate limit far above what a run sends: it pays for counting, never a 429. */
  limited: string;
  /** Custom tokens (bench/permissions.ts): `find` and `findOne` on articles; and the same with field rules. */
  custom: { actions: string; fields: string };
}

const READ = ['find', 'findOne'];
/** Actions only: what a custom token costs when it narrows no field. */
const CUSTOM_ACTIONS = { 'api::article.article': { actions: READ } };
/** Field rules on articles and on the category they populate. */
const CUSTOM_FIELDS = {
  'api::article.article': { actions: READ, fields: { read: ['title', 'category'] } },
  'api::category.category': { actions: READ, fields: { read: ['name'] } },
};

/** The largest limit the plugin accepts, per minute: about 16,000 requests a second, far above what a run sends. */
export const BENCH_RATE_LIMIT = { limit: 1_000_000, windowSeconds: 60 };

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const request = async (
  url: string,
  method: string,
  path: string,
  { jwt, body }: { jwt?: string; body?: unknown } = {}
): Promise<Json> => {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return text ? (JSON.parse(text) as Json) : {};
};

const registerAdmin = async (url: string): Promise<string> => {
  const { data } = await request(url, 'POST', '/admin/register-admin', {
    body: { email: 'bench@example.com', password: 'Bench-admin-1234', firstname: 'Bench', lastname: 'Admin' },
  });
  return data.token ?? data.accessToken;
};

/** Grants the public role `find` and `findOne` on articles (scenario a). */
const openArticlesToPublic = async (url: string, jwt: string) => {
  const { roles } = await request(url, 'GET', '/users-permissions/roles', { jwt });
  const publicRole = (roles as Json[]).find((role) => role.type === 'public');
  if (!publicRole) throw new Error('No public role');
  const { role } = await request(url, 'GET', `/users-permissions/roles/${publicRole.id}`, { jwt });
  const actions = role.permissions['api::article'].controllers.article;
  actions.find.enabled = true;
  actions.findOne.enabled = true;
  await request(url, 'PUT', `/users-permissions/roles/${publicRole.id}`, {
    jwt,
    body: { name: role.name, description: role.description, permissions: role.permissions },
  });
};

export const createPluginToken = async (
  url: string,
  jwt: string,
  name: string,
  accessLevel: 'read-only' | 'read-write' | 'custom',
  extra: Json = {}
) =>
  (await request(url, 'POST', '/access-tokens/tokens', { jwt, body: { name, accessLevel, ...extra } })).data
    .accessKey as string;

export const seed = async (
  url: string,
  { articles, readOnlyTokens }: { articles: number; readOnlyTokens: number }
): Promise<Seeded> => {
  const jwt = await registerAdmin(url);
  await openArticlesToPublic(url, jwt);
  const builtIn = (
    await request(url, 'POST', '/admin/api-tokens', {
      jwt,
      body: { name: 'bench read-only', type: 'read-only', lifespan: null },
    })
  ).data.accessKey as string;
  const readOnly: string[] = [];
  for (let i = 1; i <= readOnlyTokens; i += 1)
    readOnly.push(await createPluginToken(url, jwt, `bench read-only ${i}`, 'read-only'));
  const readWrite = await createPluginToken(url, jwt, 'bench read-write', 'read-write');
  const limited = await createPluginToken(url, jwt, 'bench rate-limited', 'read-only', { rateLimit: BENCH_RATE_LIMIT });
  const custom = {
    actions: await createPluginToken(url, jwt, 'bench custom actions', 'custom', { permissions: CUSTOM_ACTIONS }),
    fields: await createPluginToken(url, jwt, 'bench custom fields', 'custom', { permissions: CUSTOM_FIELDS }),
  };

  const { data: category } = await request(url, 'POST', '/api/categories', {
    jwt: readWrite,
    body: { data: { name: 'Bench' } },
  });
  const body = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8);
  for (let i = 1; i <= articles; i += 1) {
    await request(url, 'POST', '/api/articles', {
      jwt: readWrite,
      body: { data: { title: `Article ${i}`, body, category: category.documentId } },
    });
  }
  return { builtIn, readOnly, readWrite, limited, custom };
};
