import type { Core } from '@strapi/strapi';

const TOKEN_UID = 'plugin::access-tokens.token';
const AUDIT_ENTRY_UID = 'plugin::access-tokens.audit-entry';

/** Holds the next token read whose `where` passes `matches`, after the database answered, until released. */
const holdNextTokenRead = (strapi: Core.Strapi, matches: (where: unknown) => boolean) => {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  let reached!: () => void;
  const held = new Promise<void>((done) => (reached = done));
  let armed = true;
  const unsubscribe = strapi.db.lifecycles.subscribe({
    models: [TOKEN_UID],
    async afterFindOne(event: { params: { where?: unknown } }) {
      if (!armed || !matches(event.params.where)) return;
      armed = false;
      reached();
      await released;
    },
  });
  return {
    /** Resolves once a read has its row and is waiting. */
    held,
    release() {
      release();
      // Not while Strapi iterates its subscribers.
      setImmediate(unsubscribe);
    },
  };
};

/**
 * Holds the next token lookup of the authenticator after the database answered and before the plugin uses
 * the row, through Strapi's own database lifecycles (awaited by the query): the plugin needs no test seam.
 */
export const holdNextTokenLookup = (strapi: Core.Strapi) =>
  holdNextTokenRead(strapi, (where) => JSON.stringify(where ?? {}).includes('keyHash'));

/** Holds the next read of this token by its id alone (an edit's first read), the same way. */
export const holdNextReadById = (strapi: Core.Strapi, id: number) =>
  holdNextTokenRead(strapi, (where) => JSON.stringify(where) === JSON.stringify({ id }));

/**
 * Resolves once this instance's revocation poll has read the token's newest audit entry (a poll re-reads
 * recent entries, so one that read it before this call still counts) and a later poll has started: the
 * eviction that entry causes is done.
 */
export const afterRevocationPollSaw = async (strapi: Core.Strapi, tokenId: number) => {
  const newest = (await strapi.db.query(AUDIT_ENTRY_UID).findOne({ where: { tokenId }, orderBy: { id: 'desc' } })) as {
    id: number;
  };
  return new Promise<void>((done) => {
    let seen = false;
    const unsubscribe = strapi.db.lifecycles.subscribe({
      models: [AUDIT_ENTRY_UID],
      async beforeFindMany() {
        if (!seen) return;
        setImmediate(unsubscribe);
        done();
      },
      async afterFindMany(event: { result?: { id: number }[] }) {
        if ((event.result ?? []).some((entry) => entry.id === newest.id)) seen = true;
      },
    });
  });
};
