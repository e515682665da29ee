import { narrowRelationLocales } from '../relation-locales';
import { article, getModel, page } from './fixtures';

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
