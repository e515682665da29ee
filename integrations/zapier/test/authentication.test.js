'use strict';

const { App, appTester, authData, strapi } = require('./helpers/context');

describe('authentication', () => {
  it('tests the connection with GET /api/access-tokens/me and labels it with the token name', async () => {
    const me = await appTester(App.authentication.test, { authData: authData('writer') });
    expect(me).toMatchObject({
      id: strapi().tokens.writer.id,
      name: 'Zapier writer',
      accessLevel: 'read-write',
      scopes: [],
    });

    const label = await appTester(App.authentication.connectionLabel, { authData: authData('writer'), inputData: me });
    expect(label).toBe('Zapier writer');
  });

  it('accepts a Strapi URL with a trailing slash', async () => {
    const me = await appTester(App.authentication.test, {
      authData: { ...authData('articles'), baseUrl: `${strapi().url}/` },
    });
    expect(me).toMatchObject({ name: 'Zapier articles', scopes: ['api::article.article'] });
  });

  it('fails with a clear 401 error for a token Strapi does not accept', async () => {
    const bundle = { authData: { baseUrl: strapi().url, apiKey: 'sat_000000000000000000000000000000AAAAAA' } };
    const error = await appTester(App.authentication.test, bundle).catch((caught) => caught);
    expect(error).toBeInstanceOf(Error);
    const details = JSON.parse(error.message);
    expect(details).toMatchObject({ code: 'AuthenticationError', status: 401 });
    expect(details.message).toMatch(/refused the access token \(401\)/);
  });

  it('fails with a clear 401 error without a token', async () => {
    const error = await appTester(App.authentication.test, { authData: { baseUrl: strapi().url, apiKey: '' } }).catch(
      (caught) => caught
    );
    expect(JSON.parse(error.message)).toMatchObject({ code: 'AuthenticationError', status: 401 });
  });
});
