import { expectConflict } from './helpers/errors';
import { bearer, createClient } from './helpers/http';
import { useRestartableApp } from './helpers/restartable-app';

const TOKEN_UID = 'plugin::access-tokens.token';
const FIRST_VALUE = 'ci-Pq7vNw3xKp6zRm2bYh7sLd4fTgJ8cQ5aE';
const ROTATED_VALUE = 'ci-Rt5mXc8kVb2nQw9jHs4gZy6pWeK3dF7uLr';
/** A start-up creates the schema on a fresh database: on a busy machine, MariaDB takes most of a minute. */
const RESTART_MS = 180_000;
/** A refusal names the variable and says a restart is how to change it. */
const RESTART_TO_CHANGE = expect.stringMatching(/CI_TOKEN.*restart/);

/**
 * Issue 21: a token of the `tokens` option belongs to its environment variable. An admin cannot give it another
 * value (a restart would bring the configured one back); the variable is rotated instead. The tests run in order,
 * restarting the app on one database as a deployment does.
 */
describe('a provisioned token across restarts', () => {
  const restartable = useRestartableApp();
  const { app } = restartable;

  /**
   * Restarts the app on the same database, with CI_TOKEN set to `value`, or with no configured token; the token is
   * configured as "CI pipeline" unless `name` says otherwise.
   */
  const boot = async (value: string | undefined, name?: string) => {
    delete process.env.CI_TOKEN;
    delete process.env.CI_TOKEN_NAME;
    await restartable.boot({
      ...(value === undefined ? {} : { CI_TOKEN: value }),
      ...(name ? { CI_TOKEN_NAME: name } : {}),
    });
  };

  const ciToken = async () => {
    const listed = await app.adminApi.get('/access-tokens/tokens?search=CI%20pipeline');
    expect(listed.body.data).toHaveLength(1);
    return listed.body.data[0];
  };
  const me = async (value: string) => (await createClient(app.url, bearer(value)).get('/api/access-tokens/me')).status;
  /** Restarts with CI_TOKEN set to `value`, which then works; answers the token as it was before. */
  const restartWith = async (value: string) => {
    const before = await ciToken();
    await boot(value);
    expect(await me(value)).toBe(200);
    return before;
  };
  const provisionEntries = async (tokenId: number) =>
    (await app.adminApi.get(`/access-tokens/audit?tokenId=${tokenId}&action=token.provision`)).body.data;
  const regenerate = (id: number) => app.adminApi.post(`/access-tokens/tokens/${id}/regenerate`, {});

  beforeAll(() => boot(FIRST_VALUE), RESTART_MS);

  it('names the variable it is provisioned from, in the list and on its own; an admin’s token names none', async () => {
    const token = await ciToken();
    expect(token.provisionedFrom).toBe('CI_TOKEN');
    expect((await app.adminApi.get(`/access-tokens/tokens/${token.id}`)).body.data.provisionedFrom).toBe('CI_TOKEN');
    const own = await app.adminApi.post('/access-tokens/tokens', { name: 'by an admin', accessLevel: 'read-only' });
    expect(own.body.data.provisionedFrom).toBeNull();
  });

  it('refuses to regenerate it with a 409 that names the variable to change, and its value keeps working', async () => {
    const token = await ciToken();
    const response = await regenerate(token.id);
    expectConflict(response, RESTART_TO_CHANGE, { provisionedFrom: 'CI_TOKEN' });
    expect(await me(FIRST_VALUE)).toBe(200);
    expect((await ciToken()).maskedKey).toBe(token.maskedKey);
  });

  it(
    'keeps the configured value at a restart: nothing an admin did replaced it, nothing is audited again',
    async () => {
      const before = await restartWith(FIRST_VALUE);
      expect(await ciToken()).toMatchObject({
        id: before.id,
        maskedKey: before.maskedKey,
        provisionedFrom: 'CI_TOKEN',
      });
      expect(await provisionEntries(before.id)).toHaveLength(1);
    },
    RESTART_MS
  );

  it(
    'takes the rotated variable’s value at a restart, audited as a key change without the value or its hash',
    async () => {
      const before = await restartWith(ROTATED_VALUE);
      expect(await me(FIRST_VALUE)).toBe(401);
      const after = await ciToken();
      expect(after.maskedKey).toBe('ci-R****7uLr');

      const entries = await provisionEntries(after.id);
      expect(entries).toHaveLength(2);
      const rotation = entries.find((entry: { changes: object }) => 'key' in entry.changes);
      expect(rotation).toMatchObject({
        actor: null,
        changes: { key: { from: before.maskedKey, to: after.maskedKey } },
      });
      const row = await app.strapi!.db.query(TOKEN_UID).findOne({ where: { id: after.id } });
      const text = JSON.stringify(entries);
      for (const secret of [FIRST_VALUE, ROTATED_VALUE, row.keyHash]) expect(text).not.toContain(secret);
    },
    RESTART_MS
  );

  it(
    'adopts, at an upgrade, the row an earlier version provisioned: no creator, the configured name',
    async () => {
      const { id } = await ciToken();
      // As an earlier version stored it.
      await app.strapi!.db.query(TOKEN_UID).update({ where: { id }, data: { provisionedFrom: null } });
      await boot(ROTATED_VALUE);
      expect(await ciToken()).toMatchObject({ id, provisionedFrom: 'CI_TOKEN' });
      expect(await me(ROTATED_VALUE)).toBe(200);
      expect((await regenerate(id)).status).toBe(409);
    },
    RESTART_MS
  );

  it('refuses an admin’s edit of what the configuration sets, and a deletion, with a 409 naming the variable', async () => {
    const { id } = await ciToken();
    const edit = (body: object) => app.adminApi.put(`/access-tokens/tokens/${id}`, body);
    const renamed = await edit({ name: 'Renamed by an admin', accessLevel: 'read-write' });
    expectConflict(renamed, RESTART_TO_CHANGE, { provisionedFrom: 'CI_TOKEN', fields: ['name', 'accessLevel'] });
    expect((await edit({ scopes: ['api::article.article'] })).body.error.details.fields).toEqual(['scopes']);
    expect(await ciToken()).toMatchObject({ id, name: 'CI pipeline', accessLevel: 'read-only', scopes: [] });

    // Deleted, it would come back active at the next start-up, even revoked.
    const deleted = await app.adminApi.delete(`/access-tokens/tokens/${id}`);
    expect(deleted.status).toBe(409);
    expect(deleted.body.error.details).toEqual({ provisionedFrom: 'CI_TOKEN' });

    const described = await edit({ name: 'CI pipeline', description: 'Deploys the site' });
    expect(described.status).toBe(200);
    expect(described.body.data).toMatchObject({ name: 'CI pipeline', description: 'Deploys the site' });
  });

  it(
    'follows a renaming in the configuration: the same token under its new name, audited, and back',
    async () => {
      const { id } = await ciToken();
      await boot(ROTATED_VALUE, 'CI robot');
      const listed = await app.adminApi.get('/access-tokens/tokens?search=CI%20robot');
      expect(listed.body.data).toMatchObject([{ id, name: 'CI robot', provisionedFrom: 'CI_TOKEN' }]);
      expect(await me(ROTATED_VALUE)).toBe(200);
      expect(await provisionEntries(id)).toContainEqual(
        expect.objectContaining({ changes: { name: { from: 'CI pipeline', to: 'CI robot' } } })
      );

      await boot(ROTATED_VALUE);
      expect(await ciToken()).toMatchObject({ id, name: 'CI pipeline' });
    },
    2 * RESTART_MS
  );

  it(
    'releases the token when it leaves the configuration: an admin may then regenerate it',
    async () => {
      await boot(undefined);
      const token = await ciToken();
      expect(token.provisionedFrom).toBeNull();
      const regenerated = await regenerate(token.id);
      expect(regenerated.status).toBe(200);
      expect(await me(regenerated.body.data.accessKey)).toBe(200);
    },
    RESTART_MS
  );

  it(
    'never takes over a token an admin created under the configured name: the boot stops, naming it',
    async () => {
      await app.adminApi.delete(`/access-tokens/tokens/${(await ciToken()).id}`);
      const own = await app.adminApi.post('/access-tokens/tokens', { name: 'ci PIPELINE', accessLevel: 'read-write' });
      expect(own.status).toBe(201);

      await expect(boot(FIRST_VALUE)).rejects.toThrow(
        /"CI pipeline" \(CI_TOKEN\) cannot be provisioned: an admin created the token "ci PIPELINE"/
      );
      await boot(undefined);
      expect(await me(own.body.data.accessKey)).toBe(200);
      expect(await me(FIRST_VALUE)).toBe(401);
      expect(await ciToken()).toMatchObject({ name: 'ci PIPELINE', accessLevel: 'read-write', provisionedFrom: null });
    },
    RESTART_MS
  );
});
