import { errorCodes, graphql } from '../graphql/graphql-client';
import { useApp } from '../helpers/setup';
import { ARTICLE, CATEGORY, PAGE, customToken, seedContent } from './custom-tokens';

/**
 * The attacker's questions over GraphQL: aliases, connections, variables, inline fragments and relation filters
 * reach no unreadable field and no other locale; mutations hold the same rules as REST.
 */
describe('attacks on custom tokens over GraphQL', () => {
  const suite = useApp();
  let ids: Awaited<ReturnType<typeof seedContent>>;
  const tokens: Record<'reader' | 'finder' | 'french', string> = {} as never;
  const ask = (token: keyof typeof tokens, query: string, variables?: Record<string, unknown>) =>
    graphql(suite.app.url, tokens[token], query, { variables });

  beforeAll(async () => {
    ids = await seedContent(suite);
    tokens.reader = (
      await customToken(suite, 'reader', {
        [ARTICLE]: { actions: ['find'], fields: { read: ['title', 'category'] } },
        [CATEGORY]: { actions: ['find'], fields: { read: ['name', 'articles'] } },
      })
    ).value;
    tokens.finder = (await customToken(suite, 'finder', { [ARTICLE]: { actions: ['find'] } })).value;
    tokens.french = (
      await customToken(suite, 'french', {
        [PAGE]: { actions: ['find', 'findOne', 'create', 'update', 'delete'], locales: ['fr'] },
        [CATEGORY]: { actions: ['find', 'update'] },
      })
    ).value;
  });

  it.each([
    ['an alias', '{ articles { t: body } }'],
    ['a connection’s nodes', '{ articles_connection { nodes { body } } }'],
    ['a relation’s connection', '{ categories { articles_connection { nodes { body } } } }'],
    ['an inline fragment', '{ articles { ... on Article { body } } }'],
    ['a fragment in a fragment', '{ articles { ...A } } fragment A on Article { ...B } fragment B on Article { body }'],
  ])('refuses an unreadable field selected through %s', async (_, query) => {
    const response = await ask('reader', query);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response)).not.toContain('the secret body');
  });

  it.each([
    [
      'variables',
      'query($f: ArticleFiltersInput) { articles(filters: $f) { title } }',
      { f: { body: { contains: 's' } } },
    ],
    ['a relation’s filter', '{ categories(filters: { articles: { body: { contains: "s" } } }) { name } }', undefined],
    ['a filter under not', '{ articles(filters: { not: { body: { contains: "s" } } }) { title } }', undefined],
  ])('refuses a filter on an unreadable field through %s', async (_, query, variables) => {
    const response = await ask('reader', query, variables);
    expect(errorCodes(response)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(response.data ?? {})).not.toMatch(/News|Filed under news/);
  });

  it('refuses findOne to a token holding only find', async () => {
    const response = await ask('finder', `{ article(documentId: "${ids.article}") { title } }`);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it.each([
    ['localizations', '{ pages(locale: "fr", filters: { localizations: { title: { eq: "Hello" } } }) { title } }'],
    ['a relation', '{ categories(filters: { pages: { summary: { contains: "English" } } }) { name } }'],
    [
      'a connection’s total',
      '{ categories_connection(filters: { pages: { title: { eq: "Hello" } } }) { pageInfo { total } } }',
    ],
    ['a nested relation', '{ categories { pages(filters: { localizations: { title: { eq: "Hello" } } }) { title } } }'],
  ])('answers a filter through %s as if other locales did not exist', async (_, query) => {
    const probe = await ask('french', query);
    const control = await ask('french', query.replace(/Hello|English/, 'no-such-value'));
    expect(JSON.stringify(probe.data)).toBe(JSON.stringify(control.data));
    expect(errorCodes(probe)).toEqual(errorCodes(control));
  });

  it('counts only the allowed locales, and lists only them in relations’ connections', async () => {
    const response = await ask('french', '{ pages_connection(locale: "*") { pageInfo { total } nodes { locale } } }');
    expect(response.errors).toEqual([]);
    expect(response.data!.pages_connection).toEqual({ pageInfo: { total: 1 }, nodes: [{ locale: 'fr' }] });
    const related = await ask('french', '{ categories { pages_connection { nodes { locale } } } }');
    expect(related.errors).toEqual([]);
    expect(related.data!.categories[0].pages_connection).toEqual({ nodes: [{ locale: 'fr' }] });
  });

  it.each([
    ['create in another locale', 'mutation { createPage(locale: "en", data: { title: "x" }) { title } }'],
    [
      'update in another locale',
      `mutation { updatePage(documentId: "$PAGE", locale: "en", data: { title: "x" }) { title } }`,
    ],
    ['delete every locale', `mutation { deletePage(documentId: "$PAGE", locale: "*") { documentId } }`],
    [
      'relate another locale’s entry',
      `mutation { updateCategory(documentId: "$CAT", data: { pages: ["$PAGE"] }) { name } }`,
    ],
  ])('refuses a mutation to %s', async (_, mutation) => {
    const query = mutation.split('$PAGE').join(ids.page).split('$CAT').join(ids.category);
    const response = await ask('french', query);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    const english = await suite.app.strapi
      .documents(PAGE)
      .findOne({ documentId: ids.page, locale: 'en', populate: ['category'] });
    expect(english).toMatchObject({ title: 'Hello', category: { documentId: ids.category } });
  });
});
