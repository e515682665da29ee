'use strict';

const { App, appTester, authData } = require('./helpers/context');

describe('content types: the choices a token offers, and a subscription outside its scopes', () => {
  it('lists the content types of a scoped token (hidden trigger) and offers them as a dropdown', async () => {
    const choices = await appTester(App.triggers.content_type.operation.perform, { authData: authData('reader') });
    expect(choices).toEqual([
      { id: 'api::article.article', uid: 'api::article.article', label: 'Article (api::article.article)' },
    ]);

    const [field] = await appTester(App.triggers.entry_create.operation.inputFields[0], {
      authData: authData('reader'),
    });
    expect(field).toMatchObject({ key: 'contentType', dynamic: 'content_type.id.label' });
  });

  it('offers a free-text UID field to a token without content-type scopes', async () => {
    expect(await appTester(App.triggers.content_type.operation.perform, { authData: authData('writer') })).toEqual([]);
    const [field] = await appTester(App.triggers.entry_create.operation.inputFields[0], {
      authData: authData('writer'),
    });
    expect(field).toMatchObject({ key: 'contentType', type: 'string', required: false });
    expect(field.dynamic).toBeUndefined();
  });

  it('explains why Strapi refuses a subscription outside the token scopes', async () => {
    const error = await appTester(App.triggers.entry_create.operation.performSubscribe, {
      authData: authData('reader'),
      // Never called: the subscription is refused first.
      targetUrl: 'http://127.0.0.1:9/zap/refused',
      inputData: { contentType: 'api::category.category' },
    }).catch((caught) => caught);
    expect(error).toBeInstanceOf(Error);
    const details = JSON.parse(error.message);
    expect(details.message).toMatch(/contentType/);
    expect(details.status).toBeGreaterThanOrEqual(400);
    expect(details.status).toBeLessThan(500);
  });
});
