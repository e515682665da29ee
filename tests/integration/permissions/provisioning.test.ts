import { expectConflict } from '../helpers/errors';
import { useRestartableApp } from '../helpers/restartable-app';

const VALUE = 'ci-Pq7vNw3xKp6zRm2bYh7sLd4fTgJ8cQ5aE';
const ARTICLE = 'api::article.article';
/** A start-up creates the schema on a fresh database: on a busy machine, it takes a while. */
const RESTART_MS = 180_000;

/** Issue 23: a token of the `tokens` option may be custom; its permissions are checked at start-up. */
describe('a provisioned custom token', () => {
  const restartable = useRestartableApp();
  const { app } = restartable;

  /** Restarts with CI_TOKEN configured as custom with `permissions` (raw JSON), or as read-only without. */
  const boot = async (permissions?: unknown) => {
    delete process.env.CI_TOKEN_PERMISSIONS;
    await restartable.boot({
      CI_TOKEN: VALUE,
      ...(permissions === undefined ? {} : { CI_TOKEN_PERMISSIONS: JSON.stringify(permissions) }),
    });
  };
  const ciToken = async () => (await app.adminApi.get('/access-tokens/tokens?search=CI%20pipeline')).body.data[0];
  const provisionEntries = async (id: number) =>
    (await app.adminApi.get(`/access-tokens/audit?tokenId=${id}&action=token.provision`)).body.data;

  afterAll(() => {
    delete process.env.CI_TOKEN;
    delete process.env.CI_TOKEN_PERMISSIONS;
  });

  it(
    'provisions the permissions, audits them, and keeps them from admins’ edits',
    async () => {
      await boot({ [ARTICLE]: { actions: ['find'], fields: { read: ['title'] } } });
      const token = await ciToken();
      expect(token).toMatchObject({
        accessLevel: 'custom',
        scopes: [],
        permissions: { [ARTICLE]: { actions: ['find'], fields: { read: ['title'] } } },
        provisionedFrom: 'CI_TOKEN',
      });
      expect((await provisionEntries(token.id))[0].changes).toMatchObject({
        accessLevel: { from: null, to: 'custom' },
        [`permissions.${ARTICLE}`]: { from: null, to: { actions: ['find'], fields: { read: ['title'] } } },
      });

      const edited = await app.adminApi.put(`/access-tokens/tokens/${token.id}`, {
        permissions: { [ARTICLE]: { actions: ['find', 'create'] } },
      });
      expectConflict(edited, expect.stringMatching(/permissions.*restart/), {
        provisionedFrom: 'CI_TOKEN',
        fields: ['permissions'],
      });
    },
    RESTART_MS
  );

  it(
    'applies changed permissions at the next start-up, audited as a diff',
    async () => {
      await boot({ [ARTICLE]: { actions: ['find', 'findOne'] } });
      const token = await ciToken();
      expect(token.permissions).toEqual({ [ARTICLE]: { actions: ['find', 'findOne'] } });
      expect((await provisionEntries(token.id))[0].changes).toEqual({
        [`permissions.${ARTICLE}`]: {
          from: { actions: ['find'], fields: { read: ['title'] } },
          to: { actions: ['find', 'findOne'] },
        },
      });

      await boot();
      expect(await ciToken()).toMatchObject({ accessLevel: 'read-only', permissions: null });
    },
    RESTART_MS
  );

  it.each([
    ['an unknown content type', { 'api::nope.nope': { actions: ['find'] } }, /permissions\.api::nope\.nope/],
    [
      'a private field',
      { [ARTICLE]: { actions: ['find'], fields: { read: ['internalNote'] } } },
      /fields\.read\.0.*private/,
    ],
    ['an unknown action', { [ARTICLE]: { actions: ['erase'] } }, /permissions\.api::article\.article\.actions\.0/],
  ])(
    'stops the boot on %s, naming the token and the place',
    async (_, permissions, place) => {
      const refused = await boot(permissions).then(
        () => null,
        (error: Error) => error.message
      );
      expect(refused).toMatch(/Token "CI pipeline" .*permissions/);
      expect(refused).toMatch(place);
    },
    RESTART_MS
  );

  it(
    'stops the boot on permissions of the wrong shape, or none for a custom token',
    async () => {
      await expect(boot({ [ARTICLE]: { actions: 'find' } })).rejects.toThrow(/access-tokens.*tokens\[0\]\.permissions/);
      await expect(boot({})).rejects.toThrow(/tokens\[0\]\.permissions/);
    },
    RESTART_MS
  );
});
