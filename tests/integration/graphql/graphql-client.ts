import { bearer } from '../helpers/http';

export interface GraphqlResponse {
  status: number;
  headers: Headers;
  data: Record<string, any> | null;
  errors: { message: string; extensions?: { code?: string } }[];
}

/** POSTs (or GETs) one GraphQL document to /graphql, as Apollo clients and `@strapi/client` users do. */
export const graphql = async (
  url: string,
  token: string | null,
  query: string,
  {
    variables,
    operationName,
    method = 'POST',
  }: { variables?: Record<string, unknown>; operationName?: string; method?: 'GET' | 'POST' } = {}
): Promise<GraphqlResponse> => {
  const headers: Record<string, string> = { ...(token ? bearer(token) : {}), 'apollo-require-preflight': 'true' };
  let response: Response;
  if (method === 'GET') {
    const params = new URLSearchParams({ query, ...(operationName ? { operationName } : {}) });
    if (variables) params.set('variables', JSON.stringify(variables));
    response = await fetch(`${url}/graphql?${params}`, { headers });
  } else {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables, operationName }),
    });
  }
  const text = await response.text();
  let body: { data?: Record<string, any> | null; errors?: GraphqlResponse['errors'] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`/graphql answered ${response.status} with no JSON: ${text.slice(0, 300)}`);
  }
  return { status: response.status, headers: response.headers, data: body.data ?? null, errors: body.errors ?? [] };
};

export const errorCodes = (response: GraphqlResponse) =>
  response.errors.map((error) => error.extensions?.code ?? error.message);
