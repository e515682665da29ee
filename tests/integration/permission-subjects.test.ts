import { createAdmin } from './helpers/admin';
import { createClient } from './helpers/http';
import { useApp } from './helpers/setup';

import {
  PERMISSION_SUBJECT_KINDS,
  permissionSubjectsResponse,
  type PermissionSubject,
  type PermissionSubjects,
} from '../../shared/contracts/permission-subjects';

const PATH = '/access-tokens/permission-subjects';

describe('GET /access-tokens/permission-subjects', () => {
  const suite = useApp();
  let answer: PermissionSubjects;
  const subject = (uid: string) => answer.subjects.find((entry) => entry.uid === uid) as PermissionSubject;

  beforeAll(async () => {
    await suite.app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    const response = await suite.adminApi.get(PATH);
    expect(response.status).toBe(200);
    answer = permissionSubjectsResponse.parse(response.body).data;
  });

  it("offers a collection type's five actions and its non-private attributes, with what may be written", () => {
    const article = subject('api::article.article');
    expect(article).toMatchObject({
      displayName: 'Article',
      kind: 'collectionType',
      actions: ['find', 'findOne', 'create', 'update', 'delete'],
      localized: false,
    });
    const names = article.attributes.map((attribute) => attribute.name);
    expect(names).toEqual(expect.arrayContaining(['title', 'body', 'category', 'author', 'createdAt']));
    expect(article.attributes.find((attribute) => attribute.name === 'title')).toEqual({
      name: 'title',
      type: 'string',
      writable: true,
    });
    expect(article.attributes.find((attribute) => attribute.name === 'category')?.type).toBe('relation');
    expect(article.attributes.find((attribute) => attribute.name === 'createdAt')?.writable).toBe(false);
  });

  it('never lists a private attribute, nor id and documentId (always readable)', () => {
    const names = answer.subjects.flatMap((entry) => entry.attributes.map((attribute) => attribute.name));
    for (const hidden of ['internalNote', 'editorNote', 'createdBy', 'updatedBy', 'id', 'documentId'])
      expect(names).not.toContain(hidden);
  });

  it("offers a single type find, update and delete, and says it is localized; lists the app's locales", () => {
    expect(subject('api::homepage.homepage')).toMatchObject({
      kind: 'singleType',
      actions: ['find', 'update', 'delete'],
      localized: true,
    });
    expect(answer.locales).toEqual(
      expect.arrayContaining([
        { code: 'en', name: expect.any(String), isDefault: true },
        { code: 'fr', name: 'French (fr)', isDefault: false },
      ])
    );
  });

  it('offers plugins with content-API routes by the actions of those routes, without attributes', () => {
    const upload = subject('plugin::upload');
    expect(upload).toMatchObject({ kind: 'plugin', attributes: [], localized: false });
    expect(upload.actions).toEqual(
      expect.arrayContaining(['content-api.find', 'content-api.findOne', 'content-api.upload', 'content-api.destroy'])
    );
    expect(subject('plugin::users-permissions').actions).toEqual(
      expect.arrayContaining(['user.find', 'role.find', 'auth.callback'])
    );
  });

  it("never offers the plugin's own routes or types, nor a controller of no type; sorts by kind", () => {
    expect(answer.subjects.filter((entry) => entry.uid.includes('access-tokens'))).toEqual([]);
    expect(answer.subjects.some((entry) => entry.uid.startsWith('api::report'))).toBe(false);
    const kinds = answer.subjects.map((entry) => PERMISSION_SUBJECT_KINDS.indexOf(entry.kind));
    expect(kinds).toEqual([...kinds].sort());
  });

  it('offers nothing the token API refuses: a token granted every action, field and locale offered is created', async () => {
    const permissions = Object.fromEntries(
      answer.subjects.map(({ uid, kind, actions, attributes, localized }) => [
        uid,
        {
          actions,
          ...(kind === 'plugin'
            ? {}
            : {
                fields: {
                  read: attributes.map(({ name }) => name),
                  write: attributes.filter(({ writable }) => writable).map(({ name }) => name),
                },
              }),
          ...(localized ? { locales: answer.locales.map(({ code }) => code) } : {}),
        },
      ])
    );
    const response = await suite.adminApi.post('/access-tokens/tokens', {
      name: 'Everything offered',
      accessLevel: 'custom',
      permissions,
    });
    expect(response.body.error).toBeUndefined();
    expect(response.status).toBe(201);
  });

  it('answers 401 without an admin session and 403 to an admin without the read permission', async () => {
    expect((await suite.http.get(PATH)).status).toBe(401);
    const admin = await createAdmin(suite.app.strapi, suite.app.url, { actions: ['plugin::access-tokens.create'] });
    const response = await createClient(suite.app.url, { Authorization: `Bearer ${admin.jwt}` }).get(PATH);
    expect(response.status).toBe(403);
    const reader = await createAdmin(suite.app.strapi, suite.app.url, { actions: ['plugin::access-tokens.read'] });
    expect((await createClient(suite.app.url, { Authorization: `Bearer ${reader.jwt}` }).get(PATH)).status).toBe(200);
  });
});
