import type { Core } from '@strapi/strapi';

/** Our tokens, Strapi's built-in API tokens and users-permissions users. The revocation poll (audit table) is none of them. */
const CREDENTIAL_TABLES = /access_tokens_tokens|strapi_api_tokens|up_users/;

/** The credential lookups (SQL) the app makes while `action` runs; writes (`lastUsedAt`) are not lookups. */
export const credentialQueries = async (strapi: Core.Strapi, action: () => Promise<unknown>) => {
  const seen: string[] = [];
  const onQuery = ({ sql }: { sql: string }) => {
    if (CREDENTIAL_TABLES.test(sql) && /^select /i.test(sql)) seen.push(sql);
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
