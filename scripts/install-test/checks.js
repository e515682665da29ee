/**
 * Step 3 of the install test, against the started app: the admin is served with the plugin's bundle, a token made
 * through the admin API works on REST and GraphQL, refusals keep Strapi's error shape and status (a second
 * @strapi/utils would turn them into 500s), GraphQL exposes none of the plugin's tables, a hook delivers, and an MCP
 * client connects.
 */
const { describe, isStrapiError, request } = require('./http');
const { checkHookDelivery } = require('./hook-check');
const { checkMcp } = require('./mcp-check');

const ADMIN = {
  firstname: 'Install',
  lastname: 'Test',
  email: 'install-test@example.com',
  password: 'Install-test-1234',
};

const checkAdmin = async (base, chunk, report) => {
  const html = await request('GET', `${base}/admin`);
  report.check(
    html.status === 200 && /<html/i.test(html.text),
    'GET /admin serves the admin HTML',
    `GET /admin answered ${html.status}`
  );
  if (chunk) {
    const bundle = await request('GET', `${base}/admin/${chunk}`);
    report.check(
      bundle.status === 200 && bundle.text.includes('settings.link.tokens'),
      `the plugin's Settings bundle is served (/admin/${chunk})`,
      `GET /admin/${chunk} answered ${bundle.status}`
    );
  }
  const registered = await request('POST', `${base}/admin/register-admin`, { body: ADMIN });
  const jwt = registered.json?.data?.token ?? registered.json?.data?.accessToken;
  if (![200, 201].includes(registered.status) || !jwt)
    throw new Error(`POST /admin/register-admin answered ${describe(registered)}`);
  report.pass('registered the first admin');
  return jwt;
};

const createToken = async (base, jwt, body, report) => {
  const created = await request('POST', `${base}/access-tokens/tokens`, { body, token: jwt });
  const accessKey = created.json?.data?.accessKey;
  if (created.status !== 201 || !accessKey) throw new Error(`POST /access-tokens/tokens answered ${describe(created)}`);
  report.pass(`created a ${body.accessLevel} token through the admin API (${accessKey.slice(0, 4)}…)`);
  return accessKey;
};

const checkAdminValidation = async (base, jwt, report) => {
  const refused = await request('POST', `${base}/access-tokens/tokens`, {
    body: { name: '', accessLevel: 'everything' },
    token: jwt,
  });
  report.check(
    isStrapiError(refused, 400, 'ValidationError') && refused.json.error.details?.errors?.length > 0,
    'an invalid token body is a 400 ValidationError with field details',
    `POST /access-tokens/tokens with an invalid body answered ${describe(refused)}`
  );
};

const checkRest = async (base, tokens, report) => {
  const anonymous = await request('GET', `${base}/api/articles`);
  report.check(
    isStrapiError(anonymous, 403, 'ForbiddenError') || isStrapiError(anonymous, 401, 'UnauthorizedError'),
    `GET /api/articles without a token is refused in Strapi's error shape (${anonymous.status})`,
    `GET /api/articles without a token answered ${describe(anonymous)} (public access should be off)`
  );
  const unknown = await request('GET', `${base}/api/articles`, { token: `${tokens.readWrite.slice(0, -4)}0000` });
  report.check(
    isStrapiError(unknown, 401, 'UnauthorizedError'),
    'an unknown token is a 401 UnauthorizedError',
    `GET /api/articles with an unknown token answered ${describe(unknown)}`
  );
  const listed = await request('GET', `${base}/api/articles`, { token: tokens.readWrite });
  report.check(
    listed.status === 200 && Array.isArray(listed.json?.data),
    'GET /api/articles with the token: 200',
    `GET /api/articles with the token answered ${describe(listed)}`
  );
  const me = await request('GET', `${base}/api/access-tokens/me`, { token: tokens.readWrite });
  report.check(
    me.status === 200 && me.json?.data?.name === 'Install test',
    'GET /api/access-tokens/me names the token',
    `GET /api/access-tokens/me answered ${describe(me)}`
  );

  const readOnlyList = await request('GET', `${base}/api/articles`, { token: tokens.readOnly });
  report.check(
    readOnlyList.status === 200,
    'a read-only token reads: 200',
    `GET /api/articles with the read-only token answered ${describe(readOnlyList)}`
  );
  const readOnlyWrite = await request('POST', `${base}/api/articles`, {
    body: { data: { title: 'Refused' } },
    token: tokens.readOnly,
  });
  report.check(
    isStrapiError(readOnlyWrite, 403, 'ForbiddenError'),
    "a read-only token writing is a 403 ForbiddenError in Strapi's error shape",
    `POST /api/articles with the read-only token answered ${describe(readOnlyWrite)}`
  );
};

const graphql = (base, token, query) => request('POST', `${base}/graphql`, { body: { query }, token });

const checkGraphql = async (base, tokens, report) => {
  const articles = await graphql(base, tokens.readWrite, '{ articles { title } }');
  report.check(
    articles.status === 200 && !articles.json?.errors && Array.isArray(articles.json?.data?.articles),
    'POST /graphql { articles } with the token: 200',
    `POST /graphql { articles } answered ${describe(articles)}`
  );
  const mutation = await graphql(
    base,
    tokens.readOnly,
    'mutation { createArticle(data: { title: "Refused over GraphQL" }) { documentId } }'
  );
  const after = await graphql(
    base,
    tokens.readWrite,
    '{ articles(filters: { title: { eq: "Refused over GraphQL" } }) { documentId } }'
  );
  report.check(
    mutation.json?.errors?.[0]?.extensions?.code === 'FORBIDDEN' &&
      !mutation.json?.data?.createArticle &&
      after.json?.data?.articles?.length === 0,
    "a read-only token's GraphQL mutation is FORBIDDEN and stores nothing",
    `a read-only createArticle answered ${describe(mutation)}; then ${describe(after)}`
  );
  const tables = await graphql(base, tokens.readWrite, '{ accessTokensTokens { documentId } }');
  report.check(
    tables.text.includes('GRAPHQL_VALIDATION_FAILED') && !tables.text.includes('"documentId"'),
    `GraphQL has no query over the plugin's tokens (${tables.status}, GRAPHQL_VALIDATION_FAILED)`,
    `POST /graphql { accessTokensTokens } answered ${describe(tables)}`
  );
};

/** Runs every check; throws only when a step the later ones need (admin, tokens) fails. */
const runChecks = async ({ base, chunk, report }) => {
  const jwt = await checkAdmin(base, chunk, report);
  await checkAdminValidation(base, jwt, report);
  const tokens = {
    readWrite: await createToken(base, jwt, { name: 'Install test', accessLevel: 'read-write' }, report),
    readOnly: await createToken(base, jwt, { name: 'Install test (read-only)', accessLevel: 'read-only' }, report),
  };
  await checkRest(base, tokens, report);
  await checkGraphql(base, tokens, report);
  await checkHookDelivery({ base, token: tokens.readWrite, report });
  await checkMcp({ base, token: tokens.readWrite, report });
};

module.exports = { runChecks };
