import { ARTICLE, CATEGORY, useSeededApp } from './custom-tokens';

/**
 * The attacker's questions on field rules over REST queries: every spelling of a filter, sort, fields or populate
 * that names an unreadable field is a 400 (no oracle), and whatever a populate brings keeps to the target's rules.
 */
describe('attacks on field rules through REST queries', () => {
  const { tokens } = useSeededApp({
    /** Reads articles' title and category, and categories' name and articles. */
    reader: {
      [ARTICLE]: { actions: ['find'], fields: { read: ['title', 'category'] } },
      [CATEGORY]: { actions: ['find'], fields: { read: ['name', 'articles'] } },
    },
  });

  it.each([
    ['a dotted sort on a relation’s field', '/api/articles?sort=category.createdAt:asc'],
    ['a sort in an array', '/api/articles?sort[0]=body:desc'],
    ['a sort by an object', '/api/articles?sort[body]=asc'],
    ['fields as one string', '/api/articles?fields=body'],
    ['fields as a comma list', '/api/articles?fields=title,body'],
    ['a filter under $not', '/api/articles?filters[$not][body][$contains]=secret'],
    ['a $null filter deep in $and/$or', '/api/articles?filters[$and][0][$or][0][body][$null]=false'],
    ['a filter through two relations', '/api/articles?filters[category][articles][body][$contains]=secret'],
    ['a populate’s filter', '/api/categories?populate[articles][filters][body][$contains]=secret'],
    ['a populate’s sort', '/api/categories?populate[articles][sort]=body:asc'],
    ['a populate’s fields', '/api/categories?populate[articles][fields]=body'],
    [
      'a nested populate’s filter',
      '/api/articles?populate[category][populate][articles][filters][body][$contains]=secret',
    ],
    ['a nested populate’s sort', '/api/articles?populate[category][populate][articles][sort][0]=body'],
    [
      'a populate of an unreadable relation in a nested populate',
      '/api/categories?populate[articles][populate]=author',
    ],
  ])('refuses %s with 400', async (_, path) => {
    const response = await tokens.reader.api.get(path);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toContain('the secret body');
  });

  it.each([
    ['populate=*', '/api/categories?populate=*'],
    ['populate[x][populate]=*', '/api/categories?populate[articles][populate]=*'],
    ['a dotted populate', '/api/categories?populate=articles.category'],
    ['a nested populate through the article', '/api/articles?populate[category][populate][articles]=true'],
  ])('brings nothing unreadable with %s', async (_, path) => {
    const { status, body } = await tokens.reader.api.get(path);
    expect(status).toBe(200);
    const text = JSON.stringify(body.data);
    expect(text).toContain('Filed under news');
    for (const field of ['the secret body', '"body"', 'createdAt', 'publishedAt', 'internalNote']) {
      expect(text).not.toContain(field);
    }
  });
});
