import type { Suite } from './setup';
import { bearer, createClient } from './http';

const TOKEN_UID = 'plugin::access-tokens.token';

/** The create body of a read-only token limited to `scopes`. */
export const scopedReadOnly = (name: string, scopes: string[]) => ({ name, accessLevel: 'read-only', scopes });

/** Creates a token through the admin API and returns its id and full value. */
export const createToken = async (suite: Suite, body: Record<string, unknown>) => {
  const response = await suite.adminApi.post('/access-tokens/tokens', body);
  if (response.status !== 201) throw new Error(`Token creation failed: ${JSON.stringify(response.body)}`);
  return { id: response.body.data.id as number, value: response.body.data.accessKey as string };
};

/** Test setup only: moves a token's validity window into the past, as time passing would. */
export const expireToken = (suite: Suite, id: number) =>
  suite.app.strapi.db.query(TOKEN_UID).update({
    where: { id },
    data: { validFrom: new Date(Date.now() - 2 * 86_400_000), validTo: new Date(Date.now() - 86_400_000) },
  });

/** Creates a token through the admin API, with a client that sends it as a Bearer token. */
export const createTokenClient = async (suite: Suite, body: Record<string, unknown>) => {
  const token = await createToken(suite, body);
  return { ...token, api: createClient(suite.app.url, bearer(token.value)) };
};
