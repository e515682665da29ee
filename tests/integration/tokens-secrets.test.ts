import type { Core } from '@strapi/strapi';

import { selectedClient } from './helpers/database';
import { bearer } from './helpers/http';
import { useApp } from './helpers/setup';

/** Every base table of the app's database, whichever client it runs on. */
const listTables = async (strapi: Core.Strapi): Promise<string[]> => {
  const knex = strapi.db.connection;
  switch (selectedClient()) {
    case 'sqlite': {
      const rows = await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
      return rows.map((row: { name: string }) => row.name);
    }
    case 'postgres': {
      const result = await knex.raw(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
      );
      return result.rows.map((row: { table_name: string }) => row.table_name);
    }
    case 'mysql': {
      const [rows] = await knex.raw(
        "SELECT table_name AS table_name FROM information_schema.tables WHERE table_schema = database() AND table_type = 'BASE TABLE'"
      );
      return rows.map((row: { table_name: string }) => row.table_name);
    }
  }
};

/** All cells of all tables as text, binary cells decoded, one string per table. */
const dumpDatabase = async (strapi: Core.Strapi): Promise<Record<string, string>> => {
  const dump: Record<string, string> = {};
  for (const table of await listTables(strapi)) {
    const rows = await strapi.db.connection(table).select('*');
    dump[table] = JSON.stringify(rows, (_, value) =>
      value && value.type === 'Buffer' && Array.isArray(value.data) ? Buffer.from(value.data).toString('latin1') : value
    );
  }
  return dump;
};

describe('token values are never stored', () => {
  const suite = useApp();

  it('leaves no token value in any cell of any table', async () => {
    const secrets: string[] = [];
    const create = async (body: Record<string, unknown>) => {
      const response = await suite.adminApi.post('/access-tokens/tokens', body);
      expect(response.status).toBe(201);
      secrets.push(response.body.data.accessKey);
      return response.body.data;
    };
    const regenerate = async (id: number, gracePeriodSeconds?: number) => {
      const response = await suite.adminApi.post(
        `/access-tokens/tokens/${id}/regenerate`,
        gracePeriodSeconds ? { gracePeriodSeconds } : {}
      );
      expect(response.status).toBe(200);
      secrets.push(response.body.data.accessKey);
    };

    const generated = await create({ name: 'Secret generated', accessLevel: 'read-only' });
    const custom = await create({
      name: 'Secret custom',
      accessLevel: 'read-write',
      accessKey: 'Migrated-Secret-Value-hnn6sywXx6LRSAsLATnk-qrstuv',
    });
    await regenerate(generated.id, 3600);
    await regenerate(custom.id, 600);
    await regenerate(custom.id, 60);
    const rotated = await create({ name: 'Secret rotated', accessLevel: 'read-only' });
    await regenerate(rotated.id);
    await suite.adminApi.post(`/access-tokens/tokens/${rotated.id}/revoke`);

    // Values that were refused must not be stored either.
    const refused = [
      'Refused-Duplicate-Name-Value-mflweobNABlCaIFG5IX3-x',
      'short-Value-1',
      'sat_NotGeneratedButLongEnough0123456789',
    ];
    const attempts = [
      { name: 'Secret generated', accessLevel: 'read-only', accessKey: refused[0] },
      { name: 'Secret refused', accessLevel: 'read-only', accessKey: refused[1] },
      { name: 'Secret bad checksum', accessLevel: 'read-only', accessKey: refused[2] },
      { name: 'Secret taken', accessLevel: 'read-only', accessKey: secrets[0] }, // the previous value, in its grace period
    ];
    for (const body of attempts) expect((await suite.adminApi.post('/access-tokens/tokens', body)).status).toBe(400);

    // The tokens are used, too (authentication may write lastUsedAt, caches, sessions...).
    for (const value of secrets) {
      await suite.http.get('/api/articles', bearer(value));
      await suite.http.get('/api/access-tokens/me', bearer(value));
    }

    const dump = await dumpDatabase(suite.app.strapi);
    const everything = Object.values(dump).join('\n');
    // The scan does see the tokens' rows: names and masked parts are there.
    const current = secrets[secrets.length - 1];
    expect(['Secret generated', `${current.slice(-4)}`].map((text) => everything.includes(text))).toEqual([true, true]);
    expect(Object.keys(dump)).toEqual(
      expect.arrayContaining(['access_tokens_tokens', 'access_tokens_audit_entries', 'admin_users'])
    );

    expect(secrets.length).toBeGreaterThanOrEqual(6);
    for (const value of [...secrets, ...refused]) {
      // The whole value, and its random part without the prefix (a value stored in pieces or re-prefixed).
      for (const needle of [value, value.slice(4, -4)]) {
        const tables = Object.entries(dump)
          .filter(([, text]) => text.includes(needle))
          .map(([table]) => table);
        expect([needle, tables]).toEqual([needle, []]);
      }
    }
  });
});
