'use strict';

const { App, appTester, authData, call } = require('./helpers/context');

const perform = App.creates.create_entry.operation.perform;

describe('create entry action', () => {
  it('creates an article from line items and JSON fields', async () => {
    const entry = await appTester(perform, {
      authData: authData('writer'),
      inputData: {
        pluralName: 'articles',
        fields: { title: 'Created by Zapier', body: 'from line items' },
        json: '{"body": "from JSON"}',
      },
    });
    expect(entry).toMatchObject({ title: 'Created by Zapier', body: 'from JSON', documentId: expect.any(String) });
    expect(entry.publishedAt).not.toBeNull();

    const stored = await call('GET', `/api/articles/${entry.documentId}`, { token: 'writer' });
    expect(stored.status).toBe(200);
    expect(stored.body.data).toMatchObject({ title: 'Created by Zapier', body: 'from JSON' });
  });

  it('creates a draft when asked to', async () => {
    const entry = await appTester(perform, {
      authData: authData('articles'),
      inputData: { pluralName: '/articles/', fields: { title: 'A Zapier draft' }, status: 'draft' },
    });
    expect(entry).toMatchObject({ title: 'A Zapier draft', publishedAt: null });
    expect((await call('GET', `/api/articles/${entry.documentId}`, { token: 'writer' })).status).toBe(404);
    expect(
      (await call('GET', `/api/articles/${entry.documentId}?status=draft`, { token: 'writer' })).body.data.title
    ).toBe('A Zapier draft');
  });

  it('explains a 403 for a read-only token and for a collection outside the scopes', async () => {
    for (const [token, pluralName] of [
      ['reader', 'articles'],
      ['articles', 'categories'],
    ]) {
      const error = await appTester(perform, {
        authData: authData(token),
        inputData: { pluralName, fields: { title: 'x', name: 'x' } },
      }).catch((caught) => caught);
      const details = JSON.parse(error.message);
      expect(details).toMatchObject({ code: 'ForbiddenError', status: 403 });
      expect(details.message).toMatch(/may not do this \(403\)/);
    }
  });

  it('reports Strapi validation errors and refuses bad input before calling Strapi', async () => {
    const missingTitle = await appTester(perform, {
      authData: authData('writer'),
      inputData: { pluralName: 'articles', fields: { body: 'no title' } },
    }).catch((caught) => caught);
    expect(JSON.parse(missingTitle.message)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/Strapi answered 400/),
    });

    const unknown = await appTester(perform, {
      authData: authData('writer'),
      inputData: { pluralName: 'nothings', fields: { title: 'x' } },
    }).catch((caught) => caught);
    expect(JSON.parse(unknown.message)).toMatchObject({
      code: 'NotFoundError',
      message: expect.stringMatching(/no such route.*\/api\/nothings/),
    });

    const cases = [
      [{ pluralName: '../admin', fields: { title: 'x' } }, /not a plural API name/],
      [{ pluralName: 'articles', json: '{nope' }, /not valid JSON/],
      [{ pluralName: 'articles', json: '[1]' }, /must be a JSON object/],
      [{ pluralName: 'articles' }, /at least one field/],
    ];
    for (const [inputData, message] of cases) {
      await expect(appTester(perform, { authData: authData('writer'), inputData })).rejects.toThrow(message);
    }
  });
});
