import type { Suite } from './setup';

/** Test setup only: a content-API token from Strapi's own API-token service (not ours); returns its full value. */
export const createBuiltInApiToken = async (suite: Suite, name: string, type: 'read-only' | 'full-access') => {
  const created = await suite.app.strapi
    .service('admin::api-token')
    .create({ name, type, lifespan: null, kind: 'content-api' });
  return created.accessKey as string;
};

/** Registers a users-permissions user called `username`; the response body holds its `jwt` and `user`. */
export const registerUser = (suite: Suite, username: string) =>
  suite.http.post('/api/auth/local/register', {
    username,
    email: `${username}@example.com`,
    password: `${username[0].toUpperCase()}${username.slice(1)}-1234`,
  });
