import { errorCodes, graphql } from '../graphql/graphql-client';
import { useApp } from '../helpers/setup';
import { ARTICLE, CATEGORY, PAGE, customToken, seedContent } from './custom-tokens';

/** Issue 23 over GraphQL: actions per resolver, readable fields in selections and arguments, writes, locales. */
describe('custom tokens over GraphQL', () => {
  const suite = useApp();
  const tokens: Record<'editor' | 'articlesOnly' | 'french', string> = {} as never;
  const ask = (token: keyof typeof tokens, query: string) => graphql(suite.app.url, tokens[token], query);
  const errorOf = (response: Awaited<ReturnType<typeof ask>>) =>
    (response.errors[0]?.extensions as { error?: { details?: unknown } } | undefined)?.error;

  beforeAll(async () => {
    await seedContent(suite);
    tokens.editor = (
      await customToken(suite, 'editor', {
        [ARTICLE]: { actions: ['find', 'create'], fields: { read: ['title', 'category'], write: ['title'] } },
        [CATEGORY]: { actions: ['find'], fields: { read: ['name', 'articles'] } },
      })
    ).value;
    tokens.articlesOnly = (await customToken(suite, 'articles only', { [ARTICLE]: { actions: ['find'] } })).value;
    tokens.french = (await customToken(suite, 'french', { [PAGE]: { actions: ['find'], locales: ['fr'] } })).value;
  });

  it('runs queries of readable fields, nested relations by their own rules', async () => {
    const response = await ask('editor', '{ articles { documentId title category { name } } }');
    expect(response.errors).toEqual([]);
    expect(response.data!.articles[0]).toEqual({
      documentId: expect.any(String),
      title: 'Filed under news',
      category: { name: 'News' },
    });
  });

  it.each([
    ['a field', '{ articles { title body } }', ['Article.body']],
    ['a nested relation’s field', '{ articles { category { createdAt } } }', ['Category.createdAt']],
    ['a field in a fragment', '{ articles { ...A } } fragment A on Article { body }', ['Article.body']],
    ['a field deep in a relation', '{ categories { articles { body } } }', ['Article.body']],
  ])('refuses a selection of %s it may not read with 400, naming it', async (_, query, fields) => {
    const response = await ask('editor', query);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(errorOf(response)).toMatchObject({ details: { fields } });
    expect(JSON.stringify(response)).not.toContain('the secret body');
  });

  it.each([
    ['a filter', '{ articles(filters: { body: { contains: "secret" } }) { title } }'],
    ['a sort', '{ articles(sort: "body:asc") { title } }'],
    ['a nested relation’s filter', '{ categories { articles(filters: { body: { contains: "secret" } }) { title } } }'],
  ])('refuses %s on an unreadable field with BAD_USER_INPUT', async (_, query) => {
    const response = await ask('editor', query);
    expect(errorCodes(response)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(response.data ?? {})).not.toContain('Filed under news');
  });

  it('refuses a relation whose target it may not find', async () => {
    const response = await ask('articlesOnly', '{ articles { title category { name } } }');
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.data!.articles[0]).toEqual({ title: 'Filed under news', category: null });
  });

  it('refuses mutations it holds no action for, and writes to fields it may not write, naming them', async () => {
    const deleted = await ask('editor', `mutation { deleteArticle(documentId: "x") { documentId } }`);
    expect(errorCodes(deleted)).toEqual(['FORBIDDEN']);

    const sneaky = await ask('editor', 'mutation { createArticle(data: { title: "Sneaky", body: "b" }) { title } }');
    expect(errorCodes(sneaky)).toEqual(['FORBIDDEN']);
    expect(errorOf(sneaky)).toMatchObject({ details: { fields: ['body'] } });
    const created = await ask('editor', 'mutation { createArticle(data: { title: "Over GraphQL" }) { title } }');
    expect(created.errors).toEqual([]);
    const titles = (await suite.app.strapi.documents(ARTICLE).findMany({ status: 'draft' })).map((a) => a.title);
    expect(titles).toContain('Over GraphQL');
    expect(titles).not.toContain('Sneaky');
  });

  it('holds the locale rules', async () => {
    const english = await ask('french', '{ pages(locale: "en") { title } }');
    expect(errorCodes(english)).toEqual(['FORBIDDEN']);
    expect(errorOf(english)).toMatchObject({ details: { allowedLocales: ['fr'] } });
    const french = await ask('french', '{ pages(locale: "fr") { title localizations { title locale } } }');
    expect(french.errors).toEqual([]);
    expect(french.data!.pages).toEqual([{ title: 'Bonjour', localizations: [] }]);
  });
});
