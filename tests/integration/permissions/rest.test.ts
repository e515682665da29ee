import { ARTICLE, CATEGORY, useSeededApp } from './custom-tokens';

/** Issue 23 over REST: a custom token's actions and field rules, on responses, relations, queries and writes. */
describe('custom tokens over REST: actions and fields', () => {
  const { suite, ids, tokens } = useSeededApp({
    /** Finds and creates articles, reads their title and category, writes only the title; reads categories' names. */
    editor: {
      [ARTICLE]: { actions: ['find', 'create'], fields: { read: ['title', 'category'], write: ['title'] } },
      [CATEGORY]: { actions: ['find'], fields: { read: ['name'] } },
    },
    /** Finds articles; may not find categories. */
    articlesOnly: { [ARTICLE]: { actions: ['find', 'findOne'] } },
  });

  const storedTitles = async () =>
    (await suite.app.strapi.documents(ARTICLE).findMany({ status: 'draft' })).map((article) => article.title);

  describe('actions', () => {
    it('allows exactly the actions granted', async () => {
      expect((await tokens.editor.api.get('/api/articles')).status).toBe(200);
      expect((await tokens.editor.api.get(`/api/articles/${ids.article}`)).status).toBe(403);
      expect((await tokens.editor.api.delete(`/api/articles/${ids.article}`)).status).toBe(403);
      expect((await tokens.editor.api.post('/api/categories', { data: { name: 'Nope' } })).status).toBe(403);
      expect((await tokens.editor.api.get('/api/pages?locale=en')).status).toBe(403);
      expect((await tokens.articlesOnly.api.get(`/api/articles/${ids.article}`)).status).toBe(200);
      expect((await tokens.articlesOnly.api.post('/api/articles', { data: { title: 'Nope' } })).status).toBe(403);
      expect(await storedTitles()).not.toContain('Nope');
    });

    it('populates a relation only when the token may find its target', async () => {
      const response = await tokens.articlesOnly.api.get('/api/articles?populate=category');
      expect(response.status).toBe(200);
      expect(response.body.data[0]).not.toHaveProperty('category');
      const filtered = await tokens.articlesOnly.api.get('/api/articles?filters[category][name][$eq]=News');
      expect(filtered.status).toBe(400);
    });
  });

  describe('reads', () => {
    it('answers only readable fields, and a populated relation by its target’s own rules', async () => {
      const response = await tokens.editor.api.get('/api/articles?populate=*');
      expect(response.status).toBe(200);
      const [article] = response.body.data;
      expect(Object.keys(article).sort()).toEqual(['category', 'documentId', 'id', 'title']);
      expect(Object.keys(article.category).sort()).toEqual(['documentId', 'id', 'name']);
    });

    it('lets a token without field rules read every non-private field', async () => {
      const [article] = (await tokens.articlesOnly.api.get('/api/articles')).body.data;
      expect(article).toMatchObject({ title: 'Filed under news', body: 'the secret body' });
      expect(article).not.toHaveProperty('internalNote');
    });

    it.each([
      ['a filter', 'filters[body][$contains]=secret'],
      ['a filter under $or', 'filters[$or][0][body][$contains]=secret'],
      ['a filter on a relation’s field', 'filters[category][createdAt][$notNull]=true'],
      ['a sort', 'sort=body:asc'],
      ['a sort on a relation’s field', 'sort[category][createdAt]=asc'],
      ['fields', 'fields[0]=title&fields[1]=body'],
      ['a populated field', 'populate[category][fields][0]=createdAt'],
      ['a populate filter', 'populate[category][filters][createdAt][$notNull]=true'],
      ['_q (it searches every text field)', '_q=secret'],
    ])('refuses %s on an unreadable field with 400, as Strapi refuses a private one', async (_, query) => {
      const response = await tokens.editor.api.get(`/api/articles?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        name: 'ValidationError',
        message: expect.stringMatching(/^Invalid key/),
      });
      expect(JSON.stringify(response.body)).not.toContain('the secret body');
    });

    it('accepts filters, sort and fields on readable fields', async () => {
      const response = await tokens.editor.api.get(
        '/api/articles?filters[category][name][$eq]=News&sort=title:asc&fields[0]=title&populate[category][fields][0]=name'
      );
      expect(response.status).toBe(200);
      expect(response.body.data.map((article: { title: string }) => article.title)).toEqual(['Filed under news']);
    });
  });

  describe('writes', () => {
    it('refuses with 403 a write touching a field it may not write, naming it, and stores nothing', async () => {
      const response = await tokens.editor.api.post('/api/articles', {
        data: { title: 'Sneaky', body: 'not mine to write' },
      });
      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({ name: 'PolicyError', details: { fields: ['body'] } });
      expect(response.body.error.message).toContain('body');
      expect(await storedTitles()).not.toContain('Sneaky');
    });

    it('writes writable fields and answers with readable ones only', async () => {
      const response = await tokens.editor.api.post('/api/articles', { data: { title: 'Written by the editor' } });
      expect(response.status).toBe(201);
      expect(Object.keys(response.body.data).sort()).toEqual(['documentId', 'id', 'title']);
      expect(await storedTitles()).toContain('Written by the editor');
    });
  });
});
