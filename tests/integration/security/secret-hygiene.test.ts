import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { waitFor } from '../helpers/wait';

const LOG_FILE = join(tmpdir(), `access-tokens-debug-${process.pid}.log`);
const CI_VALUE = 'Provisioned-CI-Value-8DYf3rlbSe4aKAQBnKfG-abcdefgh';

describe('secrets never reach logs or any response but the one that creates them', () => {
  const suite = useApp({ LOG_LEVEL: 'debug', LOG_FILE, CI_TOKEN: CI_VALUE });
  const secrets: string[] = [CI_VALUE];
  const otherResponses: string[] = [];

  const record = (response: { body: unknown }) => {
    otherResponses.push(JSON.stringify(response.body));
    return response;
  };

  afterAll(() => rmSync(LOG_FILE, { force: true }));

  it('exercises every path that handles a token value', async () => {
    const created = await suite.adminApi.post('/access-tokens/tokens', { name: 'hygiene', accessLevel: 'read-write' });
    secrets.push(created.body.data.accessKey);
    const custom = 'Custom-Hygiene-Value-jPhb7VZo3fGb9IJjfY5k-abcdefgh';
    secrets.push(custom);
    await suite.adminApi.post('/access-tokens/tokens', {
      name: 'hygiene custom',
      accessLevel: 'read-only',
      accessKey: custom,
    });
    record(
      await suite.adminApi.post('/access-tokens/tokens', {
        name: 'hygiene duplicate',
        accessLevel: 'read-only',
        accessKey: custom,
      })
    );
    const weak = 'weak-but-secret-value';
    secrets.push(weak);
    record(
      await suite.adminApi.post('/access-tokens/tokens', {
        name: 'hygiene weak',
        accessLevel: 'read-only',
        accessKey: weak,
      })
    );

    const hook = await createClient(suite.app.url, bearer(created.body.data.accessKey)).post(
      '/api/access-tokens/hooks',
      {
        targetUrl: 'http://127.0.0.1:9/hygiene',
        event: 'entry.create',
      }
    );
    expect(hook.body.data.secret).toMatch(/^whsec_/);
    secrets.push(hook.body.data.secret);
    // Rotated by the token, then by an admin: each new secret is answered once; the replaced ones stay sealed.
    const rotatePath = `/access-tokens/hooks/${hook.body.data.id}/rotate-secret`;
    const rotated = await createClient(suite.app.url, bearer(created.body.data.accessKey)).post(`/api${rotatePath}`, {
      gracePeriodSeconds: 60,
    });
    const rotatedByAdmin = await suite.adminApi.post(rotatePath, { gracePeriodSeconds: 60 });
    for (const response of [rotated, rotatedByAdmin]) {
      expect(response.body.data.secret).toMatch(/^whsec_/);
      secrets.push(response.body.data.secret);
    }
    record(
      await suite.adminApi.post(`/access-tokens/hooks/${hook.body.data.id}/replay`, {
        since: new Date(Date.now() - 60_000).toISOString(),
      })
    );

    const regenerated = await suite.adminApi.post(`/access-tokens/tokens/${created.body.data.id}/regenerate`, {
      gracePeriodSeconds: 60,
    });
    secrets.push(regenerated.body.data.accessKey);
    record(await createClient(suite.app.url, bearer(regenerated.body.data.accessKey)).get('/api/access-tokens/hooks'));
    record(await suite.adminApi.get('/access-tokens/hooks'));

    for (const value of secrets) {
      record(await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me'));
      record(await createClient(suite.app.url, bearer(value)).post('/api/articles', { data: { title: 'hygiene' } }));
      // Only prefixed values can be recognised in a URL (custom values are why the prefix exists).
      if (value.startsWith('sat_')) record(await suite.http.get(`/api/articles?access_token=${value}`));
      record(await suite.adminApi.post('/access-tokens/tokens/lookup', { accessKey: value }));
      // Refused (the value belongs in the lookup's body), and still kept out of the request log.
      record(await suite.adminApi.get(`/access-tokens/tokens?accessKey=${encodeURIComponent(value)}`));
    }
    record(await suite.adminApi.get('/access-tokens/tokens'));
    record(await suite.adminApi.get(`/access-tokens/tokens/${created.body.data.id}`));
    record(await suite.adminApi.get('/access-tokens/audit?pageSize=100'));
    // The file transport writes in order: once the last request's line is there, every earlier one is.
    await waitFor(
      () => existsSync(LOG_FILE) && readFileSync(LOG_FILE, 'utf8').includes('/access-tokens/audit?pageSize=100'),
      { what: 'the last request logged' }
    );
  });

  it('wrote debug logs, and none of them holds a secret', () => {
    expect(existsSync(LOG_FILE)).toBe(true);
    const log = readFileSync(LOG_FILE, 'utf8');
    expect(log).toMatch(/"level":"[^"]*(debug|http)/);
    expect(log).toMatch(/access-tokens\/me/);
    for (const secret of secrets) expect(log).not.toContain(secret);
  });

  it('stored no secret in any database table', async () => {
    const knex = suite.app.strapi.db.connection;
    const client = suite.app.database.client;
    const tables: string[] =
      client === 'sqlite'
        ? (await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table'")).map(
            (row: { name: string }) => row.name
          )
        : client === 'postgres'
          ? (
              await knex.raw('SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()')
            ).rows.map((row: { table_name: string }) => row.table_name)
          : (
              await knex.raw('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = database()')
            )[0].map((row: { name: string }) => row.name);
    expect(tables).toContain('access_tokens_hook_subscriptions');
    for (const table of tables) {
      const dump = JSON.stringify(await knex(table).select('*'));
      for (const secret of secrets) expect({ table, leaked: dump.includes(secret) }).toEqual({ table, leaked: false });
      expect({ table, whsec: dump.includes('whsec_') }).toEqual({ table, whsec: false });
    }
  });

  it('answered no secret in any other response', () => {
    expect(otherResponses.length).toBeGreaterThan(20);
    for (const body of otherResponses) {
      for (const secret of secrets) expect(body).not.toContain(secret);
    }
  });
});
