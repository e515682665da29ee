import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken, scopedReadOnly } from '../helpers/tokens';
import { startReceiver, type Receiver } from '../hooks/receiver';
import { errorCodes, graphql } from './graphql-client';

const LIST_ARTICLES = '{ articles { documentId title } }';
const CREATE_ARTICLE = 'mutation { createArticle(data: { title: "Written over GraphQL" }) { documentId title } }';
const TWO_OPERATIONS = `
  query Read { articles { title } }
  mutation Write { createArticle(data: { title: "Chosen by operationName" }) { documentId } }
`;

describe('GraphQL with access tokens: levels, operations and scopes as over REST', () => {
  const suite = useApp();
  const tokens: Record<'readOnly' | 'readWrite' | 'categoriesOnly' | 'categoriesReader', string> = {} as never;
  let categoryId: string;

  const articleTitles = async () =>
    (await suite.app.strapi.documents('api::article.article').findMany({ status: 'draft' })).map((article) =>
      String(article.title)
    );

  beforeAll(async () => {
    tokens.readOnly = (await createToken(suite, { name: 'reader', accessLevel: 'read-only' })).value;
    tokens.readWrite = (await createToken(suite, { name: 'writer', accessLevel: 'read-write' })).value;
    tokens.categoriesOnly = (
      await createToken(suite, { name: 'categories', accessLevel: 'read-write', scopes: ['api::category.category'] })
    ).value;
    tokens.categoriesReader = (
      await createToken(suite, scopedReadOnly('categories reader', ['api::category.category']))
    ).value;
    const category = await suite.app.strapi.documents('api::category.category').create({ data: { name: 'News' } });
    categoryId = category.documentId;
    await suite.app.strapi.documents('api::article.article').create({
      data: { title: 'Filed under news', internalNote: 'secret note', category: categoryId },
      status: 'published',
    });
  });

  it('lets a read-only token run queries over POST and GET', async () => {
    const viaPost = await graphql(suite.app.url, tokens.readOnly, LIST_ARTICLES);
    expect(viaPost.errors).toEqual([]);
    expect(viaPost.data!.articles.map((article: { title: string }) => article.title)).toContain('Filed under news');

    const viaGet = await graphql(suite.app.url, tokens.readOnly, LIST_ARTICLES, { method: 'GET' });
    expect(viaGet.errors).toEqual([]);
    expect(viaGet.data!.articles.length).toBeGreaterThan(0);
  });

  it('refuses mutations to a read-only token with FORBIDDEN, and stores nothing', async () => {
    const response = await graphql(suite.app.url, tokens.readOnly, CREATE_ARTICLE);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(await articleTitles()).not.toContain('Written over GraphQL');
  });

  it('judges the operation actually executed in a document with several operations', async () => {
    const read = await graphql(suite.app.url, tokens.readOnly, TWO_OPERATIONS, { operationName: 'Read' });
    expect(read.errors).toEqual([]);
    expect(read.data!.articles.length).toBeGreaterThan(0);

    const write = await graphql(suite.app.url, tokens.readOnly, TWO_OPERATIONS, { operationName: 'Write' });
    expect(errorCodes(write)).toEqual(['FORBIDDEN']);
    expect(await articleTitles()).not.toContain('Chosen by operationName');
  });

  it('lets a read-write token run queries and mutations', async () => {
    const created = await graphql(suite.app.url, tokens.readWrite, CREATE_ARTICLE);
    expect(created.errors).toEqual([]);
    expect(created.data!.createArticle.title).toBe('Written over GraphQL');
    const listed = await graphql(suite.app.url, tokens.readWrite, LIST_ARTICLES);
    expect(listed.errors).toEqual([]);
  });

  it('holds scopes per resolver: categories yes, articles no', async () => {
    const categories = await graphql(suite.app.url, tokens.categoriesOnly, '{ categories { name } }');
    expect(categories.errors).toEqual([]);
    expect(categories.data!.categories).toEqual(expect.arrayContaining([{ name: 'News' }]));

    expect(errorCodes(await graphql(suite.app.url, tokens.categoriesOnly, LIST_ARTICLES))).toEqual(['FORBIDDEN']);

    const createdCategory = await graphql(
      suite.app.url,
      tokens.categoriesOnly,
      'mutation { createCategory(data: { name: "Sport" }) { name } }'
    );
    expect(createdCategory.errors).toEqual([]);
    expect(createdCategory.data!.createCategory).toEqual({ name: 'Sport' });

    const createdArticle = await graphql(
      suite.app.url,
      tokens.categoriesOnly,
      'mutation { createArticle(data: { title: "Out of scope" }) { documentId } }'
    );
    expect(errorCodes(createdArticle)).toEqual(['FORBIDDEN']);
    expect(await articleTitles()).not.toContain('Out of scope');
  });

  it('does not return a relation to a type outside the token’s scopes', async () => {
    const allScopes = await graphql(
      suite.app.url,
      tokens.readOnly,
      `{ category(documentId: "${categoryId}") { name articles { title } } }`
    );
    expect(allScopes.errors).toEqual([]);
    expect(allScopes.data!.category.articles).toEqual([{ title: 'Filed under news' }]);

    for (const token of [tokens.categoriesOnly, tokens.categoriesReader]) {
      const scoped = await graphql(
        suite.app.url,
        token,
        `{ category(documentId: "${categoryId}") { name articles { title } } }`
      );
      expect(JSON.stringify(scoped.data)).not.toContain('Filed under news');
      expect(scoped.data?.category?.name ?? 'News').toBe('News');
    }
  });

  it('never returns private fields', async () => {
    const response = await graphql(suite.app.url, tokens.readWrite, '{ articles { internalNote } }');
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  describe('REST hooks', () => {
    let receiver: Receiver;
    beforeAll(async () => {
      receiver = await startReceiver();
    });
    afterAll(() => receiver?.close());

    it('fire for a change made through a GraphQL mutation, as for a REST one', async () => {
      const subscribed = await createClient(suite.app.url, bearer(tokens.readOnly)).post('/api/access-tokens/hooks', {
        targetUrl: receiver.url('/graphql-created'),
        event: 'entry.create',
        contentType: 'api::article.article',
      });
      expect(subscribed.status).toBe(201);
      receiver.expect('/graphql-created', subscribed.body.data.secret);

      const created = await graphql(
        suite.app.url,
        tokens.readWrite,
        'mutation { createArticle(data: { title: "Heard by the hook" }) { documentId } }'
      );
      expect(created.errors).toEqual([]);

      // An article an earlier test created moments before the subscription may be delivered to it as well.
      const documentId = created.data!.createArticle.documentId;
      const ofThisArticle = () =>
        receiver.at('/graphql-created').filter((received) => received.json?.entry?.documentId === documentId);
      await receiver.waitFor(() => ofThisArticle().length > 0);
      const [delivery] = ofThisArticle();
      expect(delivery.verified).toBe(true);
      expect(delivery.json).toMatchObject({ event: 'entry.create', entry: { documentId, title: 'Heard by the hook' } });
    });
  });
});
