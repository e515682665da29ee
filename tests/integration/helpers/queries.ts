import type { Core } from '@strapi/strapi';

import type { Suite } from './setup';
import { createToken } from './tokens';

/**
 * Reads of our tokens by hash, of Strapi's built-in API tokens and of users-permissions users. Not the revocation
 * poll (audit table), nor a `lastUsedAt` write and the read by id Strapi makes around it.
 */
const CREDENTIAL_LOOKUP = /^select .*(access_tokens_tokens.*key_hash|strapi_api_tokens|up_users)/i;

/** The credential lookups (SQL) the app makes while `action` runs. */
export const credentialQueries = async (strapi: Core.Strapi, action: () => Promise<unknown>) => {
  const seen: string[] = [];
  const onQuery = ({ sql }: { sql: string }) => {
    if (CREDENTIAL_LOOKUP.test(sql)) seen.push(sql);
  };
  const knex = strapi.db.connection;
  knex.on('query', onQuery);
  try {
    await action();
  } finally {
    knex.removeListener('query', onQuery);
  }
  return seen;
};

/**
 * Resolves once the background revocation poll has answered. The poll evicts every token with a new audit entry,
 * a token just created included: a token cached before that poll is gone from the cache after it.
 */
export const afterRevocationPoll = (strapi: Core.Strapi) =>
  new Promise<void>((resolve) => {
    const knex = strapi.db.connection;
    const onResponse = (_response: unknown, { sql }: { sql: string }) => {
      if (!/access_tokens_audit/.test(sql)) return;
      knex.removeListener('query-response', onResponse);
      resolve();
    };
    knex.on('query-response', onResponse);
  });

/** Creates a token and waits out the polls that would evict it for being new: from then on it stays cached once used. */
export const createSettledToken = async (suite: Suite, body: Record<string, unknown>) => {
  const token = await createToken(suite, body);
  // Two polls: the first may have started before the creation committed.
  await afterRevocationPoll(suite.app.strapi);
  await afterRevocationPoll(suite.app.strapi);
  return token;
};

/** Sends a fresh token of ours in the query string, and expects it refused with a pointer to the header. */
export const expectTokenInQueryRefused = async (suite: Suite, name: string) => {
  const { value } = await createToken(suite, { name, accessLevel: 'read-only' });
  const response = await suite.http.get(`/api/articles?access_token=${value}`);
  expect(response.status).toBe(401);
  expect(response.body.error.message).toMatch(/Authorization header/);
};

/**
 * Resolves once the hook worker has looked for due deliveries `count` times from now (each look answered): what was
 * due in the first look has been claimed by the time the last one answers.
 */
export const afterWorkerPolls = (strapi: Core.Strapi, count = 2) =>
  new Promise<void>((resolve) => {
    const knex = strapi.db.connection;
    let seen = 0;
    const onResponse = (_response: unknown, { sql }: { sql: string }) => {
      if (!/^select .*access_tokens_hook_deliveries.*next_attempt_at/i.test(sql)) return;
      seen += 1;
      if (seen < count) return;
      knex.removeListener('query-response', onResponse);
      resolve();
    };
    knex.on('query-response', onResponse);
  });
