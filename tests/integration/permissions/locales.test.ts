import { CATEGORY, PAGE, useSeededApp } from './custom-tokens';

const titles = (body: { data: { title: string }[] }) => body.data.map((page) => page.title).sort();

/** Issue 23: locale rules over REST, on reads (locale, *, default), writes, localizations and relations. */
describe('custom tokens over REST: locales', () => {
  const { suite, ids, tokens } = useSeededApp({
    /** Everything on pages, in French only; finds categories. */
    french: {
      [PAGE]: { actions: ['find', 'findOne', 'create', 'update', 'delete'], locales: ['fr'] },
      [CATEGORY]: { actions: ['find'] },
    },
    /** Finds pages in English and French. */
    both: { [PAGE]: { actions: ['find'], locales: ['en', 'fr'] } },
  });

  const expectLocaleRefusal = (response: { status: number; body: any }) => {
    expect(response.status).toBe(403);
    expect(response.body.error.details).toEqual({ allowedLocales: ['fr'] });
    expect(response.body.error.message).toContain('fr');
  };

  it('reads the allowed locale, and refuses another one naming the allowed ones', async () => {
    const read = await tokens.french.api.get('/api/pages?locale=fr');
    expect(read.status).toBe(200);
    expect(titles(read.body)).toEqual(['Bonjour']);
    expectLocaleRefusal(await tokens.french.api.get('/api/pages?locale=en'));
    expectLocaleRefusal(await tokens.french.api.get(`/api/pages/${ids.page}?locale=en`));
  });

  it('reads the default locale without `locale` only when it is allowed', async () => {
    expectLocaleRefusal(await tokens.french.api.get('/api/pages'));
    const read = await tokens.both.api.get('/api/pages');
    expect(read.status).toBe(200);
    expect(titles(read.body)).toEqual(['Hello']);
  });

  it('answers locale=* with the allowed locales only, counted as such', async () => {
    const read = await tokens.french.api.get('/api/pages?locale=*');
    expect(read.status).toBe(200);
    expect(titles(read.body)).toEqual(['Bonjour']);
    expect(read.body.meta.pagination.total).toBe(1);
    expect(titles((await tokens.both.api.get('/api/pages?locale=*')).body)).toEqual(['Bonjour', 'Hello']);
  });

  it('leaks no other locale through localizations or relations', async () => {
    const localized = await tokens.french.api.get('/api/pages?locale=fr&populate=localizations');
    expect(localized.status).toBe(200);
    expect(localized.body.data[0].localizations).toEqual([]);
    const viaCategory = await tokens.french.api.get('/api/categories?populate=pages');
    expect(viaCategory.status).toBe(200);
    expect(viaCategory.body.data[0].pages.map((page: { locale: string }) => page.locale)).toEqual(['fr']);
  });

  it('writes in the allowed locale only, and never in every locale at once', async () => {
    expectLocaleRefusal(await tokens.french.api.post('/api/pages?locale=en', { data: { title: 'Sneaky' } }));
    expectLocaleRefusal(await tokens.french.api.post('/api/pages', { data: { title: 'Sneaky' } }));
    expectLocaleRefusal(await tokens.french.api.put(`/api/pages/${ids.page}?locale=en`, { data: { title: 'Sneaky' } }));
    expectLocaleRefusal(await tokens.french.api.delete(`/api/pages/${ids.page}?locale=*`));
    expectLocaleRefusal(await tokens.french.api.delete(`/api/pages/${ids.page}`));
    const english = await suite.app.strapi.documents(PAGE).findOne({ documentId: ids.page, locale: 'en' });
    expect(english?.title).toBe('Hello');

    const created = await tokens.french.api.post('/api/pages?locale=fr', { data: { title: 'Nouvelle' } });
    expect(created.status).toBe(201);
    expect(created.body.data.locale).toBe('fr');
    const updated = await tokens.french.api.put(`/api/pages/${ids.page}?locale=fr`, {
      data: { title: 'Bonjour encore' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data.title).toBe('Bonjour encore');
  });
});
