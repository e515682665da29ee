import { judgeLocale } from '../locales';
import { narrowEntry } from '../output';
import { assertReadableQuery } from '../query';
import { createGrantsCache } from '../grants';
import { article, catalog, getModel, isLocalized } from './fixtures';

const grants = createGrantsCache(() => catalog)({
  accessLevel: 'custom',
  permissions: {
    'api::article.article': { actions: ['find'], fields: { read: ['title', 'category', 'pages', 'seo'] } },
    'api::category.category': { actions: ['find'], fields: { read: ['name'] } },
    'api::page.page': { actions: ['find'], locales: ['fr'] },
  },
});

describe('narrowEntry', () => {
  it('keeps readable fields, by each type’s own rules in relations and components', () => {
    const entry = {
      id: 1,
      documentId: 'a',
      title: 'T',
      body: 'hidden',
      category: { id: 2, documentId: 'c', name: 'News', code: 'secret' },
      seo: { id: 3, metaTitle: 'M', related: [{ id: 4, name: 'N', code: 'secret' }] },
    };
    expect(narrowEntry(grants, getModel, isLocalized, article, entry)).toEqual({
      id: 1,
      documentId: 'a',
      title: 'T',
      category: { id: 2, documentId: 'c', name: 'News' },
      seo: { id: 3, metaTitle: 'M', related: [{ id: 4, name: 'N' }] },
    });
  });

  it('drops related entries of a localized type in other locales, localizations included', () => {
    const entry = {
      id: 1,
      pages: [
        { id: 5, title: 'fr', locale: 'fr', localizations: [{ id: 6, title: 'en', locale: 'en' }] },
        { id: 6, title: 'en', locale: 'en' },
        { id: 7, title: 'no locale selected' },
      ],
    };
    expect(narrowEntry(grants, getModel, isLocalized, article, entry).pages).toEqual([
      { id: 5, title: 'fr', locale: 'fr', localizations: [] },
    ]);
  });

  it('leaves a to-many count alone', () => {
    expect(narrowEntry(grants, getModel, isLocalized, article, { id: 1, pages: { count: 2 } }).pages).toEqual({
      count: 2,
    });
  });
});

describe('assertReadableQuery', () => {
  const check = (query: Record<string, unknown>) => assertReadableQuery(grants, getModel as never, article, query);

  it('accepts queries on readable fields, and populate=*', async () => {
    await expect(
      check({
        filters: { title: { $eq: 'x' }, category: { name: 'y' } },
        sort: 'title:asc',
        fields: ['title'],
        populate: '*',
      })
    ).resolves.toBeUndefined();
  });

  it.each([
    ['a filter', { filters: { body: { $contains: 'x' } } }, 'body'],
    ['a nested filter', { filters: { $or: [{ category: { code: 'x' } }] } }, 'code'],
    ['a sort', { sort: ['title:asc', 'body:desc'] }, 'body'],
    ['a relation sort', { sort: { category: { code: 'asc' } } }, 'code'],
    ['fields', { fields: 'title,body' }, 'body'],
    ['a populated field', { populate: { category: { fields: ['code'] } } }, 'code'],
    ['a populate filter', { populate: { category: { filters: { code: 'x' } } } }, 'code'],
    ['a populated attribute', { populate: ['cover'] }, 'cover'],
    ['_q on a type with read rules', { _q: 'x' }, '_q'],
  ])('refuses %s on an unreadable field with Strapi’s 400', async (_, query, key) => {
    await expect(check(query)).rejects.toMatchObject({ name: 'ValidationError', details: { key } });
  });
});

describe('judgeLocale', () => {
  const page = grants.get('api::page.page');

  it('allows the granted locales and narrows * reads to them', () => {
    expect(judgeLocale(page, { action: 'findMany', locale: 'fr', defaultLocale: undefined })).toEqual({
      allowed: true,
    });
    expect(judgeLocale(page, { action: 'findMany', locale: '*', defaultLocale: undefined })).toEqual({
      allowed: true,
      only: ['fr'],
    });
  });

  it('refuses other locales, a default locale outside the grant, and * writes, naming the allowed ones', () => {
    for (const call of [
      { action: 'findOne', locale: 'en', defaultLocale: undefined },
      { action: 'findMany', locale: undefined, defaultLocale: 'en' },
      { action: 'delete', locale: '*', defaultLocale: undefined },
    ]) {
      expect(judgeLocale(page, call)).toMatchObject({ allowed: false, allowedLocales: ['fr'] });
    }
  });

  it('reads the default locale when it is allowed', () => {
    expect(judgeLocale(page, { action: 'create', locale: undefined, defaultLocale: 'fr' })).toEqual({ allowed: true });
  });

  it('lets a type without locale rules through', () => {
    expect(
      judgeLocale(grants.get('api::article.article'), { action: 'delete', locale: '*', defaultLocale: 'en' })
    ).toEqual({ allowed: true });
  });
});
