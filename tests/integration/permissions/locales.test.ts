import { useApp } from '../helpers/setup';
import { CATEGORY, PAGE, customToken, seedContent } from './custom-tokens';

type Client = Awaited<ReturnType<typeof customToken>>['api'];

const titles = (body: { data: { title: string }[] }) => body.data.map((page) => page.title).sort();

/** Issue 23: locale rules over REST, on reads (locale, *, default), writes, localizations and relations. */
describe('custom tokens over REST: locales', () => {
  const suite = useApp();
  let ids: Awaited<ReturnType<typeof seedContent>>;
  /** Everything on pages, in French only; finds categories. */
  let french: Client;
  /** Finds pages in English and French. */
  let both: Client;

  beforeAll(async () => {
    ids = await seedContent(suite);
    french = (
      await customToken(suite, 'french', {
        [PAGE]: { actions: ['find', 'findOne', 'create', 'update', 'delete'], locales: ['fr'] },
        [CATEGORY]: { actions: ['find'] },
      })
    ).api;
    both = (await customToken(suite, 'both', { [PAGE]: { actions: ['find'], locales: ['en', 'fr'] } })).api;
  });

  const expectLocaleRefusal = (response: { status: number; body: any }) => {
    expect(response.status).toBe(403);
    expect(response.body.error.details).toEqual({ allowedLocales: ['fr'] });
    expect(response.body.error.message).toContain('fr');
  };

  it('reads the allowed locale, and refuses another one naming the allowed ones', async () => {
    const read = await french.get('/api/pages?locale=fr');
    expect(read.status).toBe(200);
    expect(titles(read.body)).toEqual(['Bonjour']);
    expectLocaleRefusal(await french.get('/api/pages?locale=en'));
    expectLocaleRefusal(await french.get(`/api/pages/${ids.page}?locale=en`));
  });

  it('reads the default locale without `locale` only when it is allowed', async () => {
    expectLocaleRefusal(await french.get('/api/pages'));
    const read = await both.get('/api/pages');
    expect(read.status).toBe(200);
    expect(titles(read.body)).toEqual(['Hello']);
  });

  it('answers locale=* with the allowed locales only, counted as such', async () => {
    const read = await french.get('/api/pages?locale=*');
    expect(read.status).toBe(200);
    expect(titles(read.body)).toEqual(['Bonjour']);
    expect(read.body.meta.pagination.total).toBe(1);
    expect(titles((await both.get('/api/pages?locale=*')).body)).toEqual(['Bonjour', 'Hello']);
  });

  it('leaks no other locale through localizations or relations', async () => {
    const localized = await french.get('/api/pages?locale=fr&populate=localizations');
    expect(localized.status).toBe(200);
    expect(localized.body.data[0].localizations).toEqual([]);
    const viaCategory = await french.get('/api/categories?populate=pages');
    expect(viaCategory.status).toBe(200);
    expect(viaCategory.body.data[0].pages.map((page: { locale: string }) => page.locale)).toEqual(['fr']);
  });

  it('writes in the allowed locale only, and never in every locale at once', async () => {
    expectLocaleRefusal(await french.post('/api/pages?locale=en', { data: { title: 'Sneaky' } }));
    expectLocaleRefusal(await french.post('/api/pages', { data: { title: 'Sneaky' } }));
    expectLocaleRefusal(await french.put(`/api/pages/${ids.page}?locale=en`, { data: { title: 'Sneaky' } }));
    expectLocaleRefusal(await french.delete(`/api/pages/${ids.page}?locale=*`));
    expectLocaleRefusal(await french.delete(`/api/pages/${ids.page}`));
    const english = await suite.app.strapi.documents(PAGE).findOne({ documentId: ids.page, locale: 'en' });
    expect(english?.title).toBe('Hello');

    const created = await french.post('/api/pages?locale=fr', { data: { title: 'Nouvelle' } });
    expect(created.status).toBe(201);
    expect(created.body.data.locale).toBe('fr');
    const updated = await french.put(`/api/pages/${ids.page}?locale=fr`, { data: { title: 'Bonjour encore' } });
    expect(updated.status).toBe(200);
    expect(updated.body.data.title).toBe('Bonjour encore');
  });
});
