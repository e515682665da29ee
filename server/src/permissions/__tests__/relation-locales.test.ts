import { narrowRelationLocales } from '../relation-locales';
import { judgeRelationWrites, judgeSharedAttributes } from '../relation-writes';
import { article, getModel, isLocalized, page } from './fixtures';

const localesOf = (uid: string) => (uid === 'api::page.page' ? ['fr'] : null);
const onlyFrench = { locale: { $in: ['fr'] } };

describe('narrowRelationLocales', () => {
  it('keeps filters through a relation to a type under a locale rule to its locales, at any depth', () => {
    const query = {
      filters: { $or: [{ pages: { title: 'Hello' } }, { pages: { localizations: { title: 'Hi' } } }] },
    };
    expect(narrowRelationLocales(getModel, localesOf, article, query)).toEqual({
      filters: {
        $or: [
          { pages: { $and: [{ title: 'Hello' }, onlyFrench] } },
          { pages: { $and: [{ localizations: { $and: [{ title: 'Hi' }, onlyFrench] } }, onlyFrench] } },
        ],
      },
    });
  });

  it('moves an operator on the related id under `id`, and leaves other relations alone', () => {
    const query = { filters: { pages: { $in: [1, 2] }, category: { name: 'News' } } };
    expect(narrowRelationLocales(getModel, localesOf, article, query).filters).toEqual({
      pages: { $and: [{ id: { $in: [1, 2] } }, onlyFrench] },
      category: { name: 'News' },
    });
  });

  it.each([
    ['$not around it', { $not: { pages: { title: 'Hello' } } }],
    ['$null on it', { pages: { $null: true } }],
    ['$notNull on it', { pages: { $notNull: false } }],
  ])('refuses a negated filter through such a relation: %s', (_, filters) => {
    expect(() => narrowRelationLocales(getModel, localesOf, article, { filters })).toThrow(/^Invalid key pages/);
  });

  it('narrows populated relations (counts too) and their own filters, in components and their populates', () => {
    const query = {
      populate: { pages: { count: true }, seo: { populate: { related: true } }, category: true },
    };
    expect(narrowRelationLocales(getModel, localesOf, article, { populate: { pages: false } })).toEqual({
      populate: { pages: false },
    });
    expect(narrowRelationLocales(getModel, localesOf, article, query).populate).toEqual({
      pages: { count: true, filters: onlyFrench },
      seo: { populate: { related: true } },
      category: true,
    });
    const nested = { populate: { localizations: { filters: { title: 'Hi' } } } };
    expect(narrowRelationLocales(getModel, localesOf, page, nested).populate).toEqual({
      localizations: { filters: { $and: [{ title: 'Hi' }, onlyFrench] } },
    });
  });
});

describe('judgeRelationWrites', () => {
  const judge = (action: string, data: unknown, locale?: string) =>
    judgeRelationWrites(localesOf, isLocalized, article, { action, data, locale });

  it('lets a write connect and disconnect entries in the allowed locales', () => {
    expect(
      judge('update', { pages: { connect: [{ documentId: 'p', locale: 'fr' }], disconnect: ['q'] } }, 'fr')
    ).toEqual({ allowed: true });
    expect(judge('create', { pages: ['p'] }, 'fr')).toEqual({ allowed: true });
    expect(judge('update', { category: ['c'], title: 'T' })).toEqual({ allowed: true });
  });

  it.each([
    ['another locale', { pages: { connect: [{ documentId: 'p', locale: 'en' }] } }, 'fr', /locale en/],
    ['the call’s locale', { pages: { disconnect: ['p'] } }, 'en', /locale en/],
    ['no locale', { pages: { connect: ['p'] } }, undefined, /without a locale/],
    ['a row id', { pages: { connect: [{ id: 3 }] } }, 'fr', /without a locale/],
    ['a set', { pages: { set: [{ documentId: 'p', locale: 'fr' }] } }, 'fr', /may not replace pages/],
    ['a bare value', { pages: ['p'] }, 'fr', /may not replace pages/],
    ['null', { pages: null }, 'fr', /may not replace pages/],
  ])('refuses an update relating an entry through %s', (_, data, locale, message) => {
    expect(judge('update', data, locale)).toEqual({
      allowed: false,
      message: expect.stringMatching(message),
      allowedLocales: ['fr'],
    });
  });
});

describe('judgeSharedAttributes', () => {
  it('refuses an update under a locale rule writing an attribute every locale shares, naming it', () => {
    const verdict = judgeSharedAttributes(['fr'], ['note'], { action: 'update', data: { title: 'T', note: 'N' } });
    expect(verdict).toEqual({ allowed: false, message: expect.stringContaining('note'), allowedLocales: ['fr'] });
  });

  it('lets a create, an update of localized attributes, and a token without a locale rule through', () => {
    expect(judgeSharedAttributes(['fr'], ['note'], { action: 'create', data: { note: 'N' } })).toEqual({
      allowed: true,
    });
    expect(judgeSharedAttributes(['fr'], ['note'], { action: 'update', data: { title: 'T' } })).toEqual({
      allowed: true,
    });
    expect(judgeSharedAttributes(null, ['note'], { action: 'update', data: { note: 'N' } })).toEqual({ allowed: true });
  });
});
