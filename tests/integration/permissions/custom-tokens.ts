import { useApp, type Suite } from '../helpers/setup';
import { createTokenClient } from '../helpers/tokens';

export const ARTICLE = 'api::article.article';
export const CATEGORY = 'api::category.category';
export const PAGE = 'api::page.page';

/** A custom token created through the admin API, with a client that sends it. */
export const customToken = (suite: Suite, name: string, permissions: Record<string, unknown>) =>
  createTokenClient(suite, { name, accessLevel: 'custom', permissions });

/** What the tests read and write: a category, an article filed under it, a page in English and in French. */
export const seedContent = async (suite: Suite) => {
  const { strapi } = suite.app;
  await strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
  const category = await strapi.documents(CATEGORY).create({ data: { name: 'News' } });
  const article = await strapi.documents(ARTICLE).create({
    data: { title: 'Filed under news', body: 'the secret body', category: category.documentId },
    status: 'published',
  });
  const page = await strapi.documents(PAGE).create({
    data: { title: 'Hello', summary: 'English summary', reviewerNote: 'note', category: category.documentId },
    locale: 'en',
  });
  // The app's types are not generated, so Strapi types an update's data as no attribute at all.
  const french: Record<string, unknown> = { title: 'Bonjour', summary: 'Résumé', category: category.documentId };
  await strapi.documents(PAGE).update({ documentId: page.documentId, locale: 'fr', data: french });
  return { category: category.documentId, article: article.documentId, page: page.documentId };
};

/**
 * One booted app per test file with seedContent's entries and a custom token per entry of `grants`, named by its key:
 * `ids` and `tokens` are filled before the file's tests.
 */
export const useSeededApp = <Name extends string = never>(grants = {} as Record<Name, Record<string, unknown>>) => {
  const suite = useApp();
  const ids = {} as Awaited<ReturnType<typeof seedContent>>;
  const tokens = {} as Record<Name, Awaited<ReturnType<typeof customToken>>>;
  beforeAll(async () => {
    Object.assign(ids, await seedContent(suite));
    for (const name of Object.keys(grants) as Name[]) tokens[name] = await customToken(suite, name, grants[name]);
  });
  return { suite, ids, tokens };
};
