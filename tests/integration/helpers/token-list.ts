import type { Suite } from './setup';

const TOKEN_UID = 'plugin::access-tokens.token';

type Params = Record<string, string | number>;

/** The admin API's token list as its tests call it, and a way to set a stored row as time passing would. */
export const tokenListApi = (suite: Suite) => {
  const create = async (body: Record<string, unknown>, api = suite.adminApi) => {
    const response = await api.post('/access-tokens/tokens', body);
    expect(response.status).toBe(201);
    return response.body.data as { id: number; name: string; accessKey: string };
  };
  const list = (params: Params) =>
    suite.adminApi.get(`/access-tokens/tokens?${new URLSearchParams(params as Record<string, string>)}`);
  /** The names listed for `params`, in the order answered. */
  const names = async (params: Params) => {
    const response = await list(params);
    expect(response.status).toBe(200);
    return response.body.data.map((token: { name: string }) => token.name);
  };
  /** Test setup only: writes a stored token row directly. */
  const setRow = (id: number, data: Record<string, unknown>) =>
    suite.app.strapi.db.query(TOKEN_UID).update({ where: { id }, data });
  return { create, list, names, setRow };
};
