import { errorCodes, graphql, type GraphqlResponse } from '../graphql/graphql-client';
import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

/** `a0: <field> a1: <field> ...`: `count` root fields, each under its own alias. */
const aliased = (count: number, field: string) =>
  Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ');

/** The `r` of `RateLimit: "default";r=<r>;t=<t>`: what the window has left. */
const remaining = (response: GraphqlResponse) => {
  const match = /^"default";r=(\d+);t=\d+$/.exec(response.headers.get('ratelimit') ?? '');
  return match ? Number(match[1]) : null;
};

describe('a GraphQL request weighs its root fields against the token’s rate limit', () => {
  const suite = useApp();
  const limited = async (name: string, limit: number) =>
    (await createToken(suite, { name, accessLevel: 'read-write', rateLimit: { limit, windowSeconds: 60 } })).value;
  const articlesTitled = (title: string) =>
    suite.app.strapi.documents('api::article.article').count({ filters: { title }, status: 'draft' });

  it('refuses 200 aliased root fields against a limit of 50: 429 with Retry-After, as Strapi’s GraphQL errors look', async () => {
    const value = await limited('two hundred aliases', 50);
    const response = await graphql(suite.app.url, value, `{ ${aliased(200, 'articles { documentId }')} }`);

    expect(response.status).toBe(429);
    expect(response.data).toBeNull();
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(response.errors).toEqual([
      {
        message: 'This access token has reached its rate limit',
        extensions: {
          code: 'STRAPI_RATE_LIMIT_ERROR',
          error: {
            name: 'RateLimitError',
            message: 'This access token has reached its rate limit',
            details: { limit: 50, windowSeconds: 60, retryAfterSeconds: retryAfter },
          },
        },
      },
    ]);
    expect(response.headers.get('ratelimit-policy')).toBe('"default";q=50;w=60');
    expect(remaining(response)).toBe(0);
    // The refused fields count too: the window is spent for REST as well.
    expect((await createClient(suite.app.url, bearer(value)).get('/api/articles')).status).toBe(429);
  });

  it('answers RateLimit with what the root fields left: three aliases of a limit of 10 leave 7', async () => {
    const value = await limited('three aliases', 10);
    const response = await graphql(suite.app.url, value, `{ ${aliased(3, 'articles { documentId }')} }`);
    expect(response.errors).toEqual([]);
    expect(response.status).toBe(200);
    expect(remaining(response)).toBe(7);
  });

  it('counts the root fields fragments bring, and a field selected twice under one name once', async () => {
    const value = await limited('fragments', 10);
    const query = `
      query {
        articles { documentId }
        articles { title }
        ...Pair
        ... on Query { third: categories { documentId } }
      }
      fragment Pair on Query { first: articles { documentId } second: categories { documentId } }
    `;
    const response = await graphql(suite.app.url, value, query);
    expect(response.errors).toEqual([]);
    expect(remaining(response)).toBe(10 - 4);
  });

  it('weighs only the operation that runs, the one operationName names', async () => {
    const value = await limited('operation name', 10);
    const document = `query Small { articles { documentId } } query Big { ${aliased(8, 'articles { documentId }')} }`;
    const small = await graphql(suite.app.url, value, document, { operationName: 'Small' });
    expect(small.errors).toEqual([]);
    expect(remaining(small)).toBe(9);
    const big = await graphql(suite.app.url, value, document, { operationName: 'Big', method: 'GET' });
    expect(big.errors).toEqual([]);
    expect(remaining(big)).toBe(1);
  });

  it('refuses before any resolver runs: a mutation over the limit stores nothing', async () => {
    const value = await limited('mutations', 3);
    const create = 'createArticle(data: { title: "Past the limit" }) { documentId }';
    const response = await graphql(suite.app.url, value, `mutation { ${aliased(4, create)} }`);
    expect(response.status).toBe(429);
    expect(errorCodes(response)).toEqual(['STRAPI_RATE_LIMIT_ERROR']);
    expect(await articlesTitled('Past the limit')).toBe(0);
  });

  it('leaves a token without a limit unweighed', async () => {
    const { value } = await createToken(suite, { name: 'unlimited', accessLevel: 'read-only' });
    const response = await graphql(suite.app.url, value, `{ ${aliased(60, 'articles { documentId }')} }`);
    expect(response.status).toBe(200);
    expect(response.errors).toEqual([]);
    expect(response.headers.get('ratelimit')).toBeNull();
  });
});
