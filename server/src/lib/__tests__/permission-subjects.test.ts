import { permissionSubjectsOf, type ContentTypeFacts } from '../permission-subjects';

const TYPES: Record<string, ContentTypeFacts> = {
  'api::article.article': { kind: 'collectionType', displayName: 'Article', attributes: [], localized: false },
  'api::homepage.homepage': { kind: 'singleType', displayName: 'Homepage', attributes: [], localized: true },
  'api::about.about': { kind: 'singleType', displayName: 'About', attributes: [], localized: false },
};

const subjects = (actionsMap: Parameters<typeof permissionSubjectsOf>[0]['actionsMap']) =>
  permissionSubjectsOf({
    actionsMap,
    contentType: (uid) => TYPES[uid],
    pluginDisplayName: (name) => `Plugin ${name}`,
  });

describe('permissionSubjectsOf', () => {
  it("offers a type the standard actions of its kind that a route serves, in the role editor's order", () => {
    const result = subjects({
      'api::article': { controllers: { article: ['delete', 'find', 'findOne', 'create', 'update', 'publishAll'] } },
      'api::homepage': { controllers: { homepage: ['find', 'update', 'delete', 'findOne', 'create'] } },
    });
    expect(result.map(({ uid, actions }) => [uid, actions])).toEqual([
      ['api::article.article', ['find', 'findOne', 'create', 'update', 'delete']],
      ['api::homepage.homepage', ['find', 'update', 'delete']],
    ]);
    expect(result[1]).toMatchObject({ kind: 'singleType', displayName: 'Homepage', localized: true });
  });

  it('offers only what the routes serve, and leaves out types with no standard route and controllers of no type', () => {
    const result = subjects({
      'api::article': { controllers: { article: ['find'] } },
      'api::about': { controllers: { about: ['custom'] } },
      'api::report': { controllers: { report: ['find', 'articles'] } },
    });
    expect(result.map(({ uid, actions }) => [uid, actions])).toEqual([['api::article.article', ['find']]]);
  });

  it("names a plugin's actions controller.action, without attributes, and never offers this plugin", () => {
    const result = subjects({
      'plugin::users-permissions': { controllers: { user: ['find'], role: ['find'] } },
      'plugin::upload': { controllers: { 'content-api': ['find', 'upload'] } },
      'plugin::access-tokens': { controllers: { me: ['show'], hooks: ['create'] } },
    });
    expect(result).toEqual([
      {
        uid: 'plugin::upload',
        displayName: 'Plugin upload',
        kind: 'plugin',
        actions: ['content-api.find', 'content-api.upload'],
        attributes: [],
        localized: false,
      },
      expect.objectContaining({ uid: 'plugin::users-permissions', actions: ['user.find', 'role.find'] }),
    ]);
  });

  it('sorts collection types, then single types, then plugins, each by display name', () => {
    const result = subjects({
      'plugin::email': { controllers: { email: ['send'] } },
      'api::homepage': { controllers: { homepage: ['find'] } },
      'api::about': { controllers: { about: ['find'] } },
      'api::article': { controllers: { article: ['find'] } },
    });
    expect(result.map(({ uid }) => uid)).toEqual([
      'api::article.article',
      'api::about.about',
      'api::homepage.homepage',
      'plugin::email',
    ]);
  });
});
