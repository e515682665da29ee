import { setField, setLocale, tickedFields } from '../permissionEdits';
import { summarizePermissions } from '../permissionsSummary';
import { ARTICLE, HOMEPAGE } from './subjectsFixture';

describe('permission edits', () => {
  it('sets no field rule on a type the token does not hold', () => {
    expect(setField({}, ARTICLE, 'read', 'title', false)).toEqual({});
    expect(setLocale({}, HOMEPAGE.uid, ['en', 'fr'], 'fr', false)).toEqual({});
  });

  it('drops the attributes gone from the schema at the next edit of a saved rule', () => {
    const saved = { [ARTICLE.uid]: { actions: ['find'], fields: { read: ['title', 'removed'] } } };
    expect(tickedFields(saved, ARTICLE, 'read')).toEqual(['title', 'removed']);
    expect(setField(saved, ARTICLE, 'read', 'body', true)[ARTICLE.uid].fields).toEqual({ read: ['title', 'body'] });
  });
});

describe('summarizePermissions', () => {
  it('counts types, plugins and actions, and says whether field or locale rules apply', () => {
    expect(
      summarizePermissions({
        [ARTICLE.uid]: { actions: ['find', 'findOne'], fields: { read: ['title'] } },
        [HOMEPAGE.uid]: { actions: ['find'] },
        'plugin::upload': { actions: ['content-api.find', 'content-api.upload'] },
      })
    ).toEqual({ types: 2, plugins: 1, actions: 5, fieldRules: true, localeRules: false });
    expect(summarizePermissions(null)).toEqual({
      types: 0,
      plugins: 0,
      actions: 0,
      fieldRules: false,
      localeRules: false,
    });
  });
});
