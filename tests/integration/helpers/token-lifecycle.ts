import type { Suite } from './setup';

const TOKEN_UID = 'plugin::access-tokens.token';

export type Token = {
  id: number;
  name: string;
  status: string;
  accessKey: string;
  maskedKey: string;
  [key: string]: any;
};

/** The admin API's token actions (revoke, archive, restore, regenerate) as their tests call them. */
export const tokenLifecycleApi = (suite: Suite) => {
  let counter = 0;

  const create = async (extra: Record<string, unknown> = {}): Promise<Token> => {
    counter += 1;
    const response = await suite.adminApi.post('/access-tokens/tokens', {
      name: `Lifecycle ${counter}`,
      accessLevel: 'read-only',
      ...extra,
    });
    expect(response.status).toBe(201);
    return response.body.data;
  };
  const act = (id: number, action: string, body?: unknown) =>
    suite.adminApi.post(`/access-tokens/tokens/${id}/${action}`, body);
  /** The ids of the active tokens `accessKey` matches. */
  const matching = async (accessKey: string) => {
    const response = await suite.adminApi.post('/access-tokens/tokens/lookup', { accessKey, status: 'active' });
    expect(response.status).toBe(200);
    return response.body.data.map((token: Token) => token.id);
  };
  /** A 409 in Strapi's error shape whose message names the token's `status`. */
  const expectStatusConflict = (response: { status: number; body: any }, status: string) => {
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      data: null,
      error: { status: 409, name: 'ConflictError', message: expect.stringContaining(status) },
    });
  };
  const expectNow = (iso: string | null) => {
    expect(iso).not.toBeNull();
    expect(Math.abs(Date.parse(iso as string) - Date.now())).toBeLessThan(10_000);
  };
  /** Test setup only: ends a token's validity a second ago, as time passing would. */
  const expire = (id: number) =>
    suite.app.strapi.db.query(TOKEN_UID).update({ where: { id }, data: { validTo: new Date(Date.now() - 1000) } });

  return { create, act, matching, expectStatusConflict, expectNow, expire };
};
