import { bearer, uploadFile } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

const FILE_UID = 'plugin::upload.file';
const USER_UID = 'plugin::users-permissions.user';

/**
 * `POST /api/upload` with `ref`, `refId` and `field` links the new file to that entry: a write to it. A token
 * reaches it only when its scopes cover the entry's type, whatever its upload scope.
 */
describe('uploads linked to an entry: only to one the token’s scopes cover', () => {
  const suite = useApp();
  let userId: number;
  let articleId: number;

  const upload = async (scopes: string[], name: string, ref: string, refId: number, field: string) => {
    const { value } = await createToken(suite, { name: `uploader ${name}`, accessLevel: 'read-write', scopes });
    return uploadFile(suite.app.url, bearer(value), name, { ref, refId: String(refId), field });
  };
  const storedFiles = (name: string) => suite.app.strapi.db.query(FILE_UID).count({ where: { name } });

  beforeAll(async () => {
    const user = await suite.app.strapi.db.query(USER_UID).create({
      data: { username: 'victim', email: 'victim@example.com', provider: 'local', confirmed: true },
    });
    userId = user.id;
    const article = await suite.app.strapi.documents('api::article.article').create({ data: { title: 'Linked' } });
    articleId = Number(article.id);
  });

  it.each([
    ['a token without scopes', []],
    ['a token scoped to uploads', ['plugin::upload']],
    ['a token scoped to uploads and articles', ['plugin::upload', 'api::article.article']],
  ])('refuses %s a file linked to a users-permissions user, and stores nothing', async (label, scopes) => {
    const name = `user-${scopes.length}.txt`;
    const response = await upload(scopes, name, USER_UID, userId, 'avatar');
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ data: null, error: { status: 403, name: 'PolicyError' } });
    expect(await storedFiles(name)).toBe(0);
  });

  it('refuses a token scoped to uploads a file linked to an article', async () => {
    const response = await upload(
      ['plugin::upload'],
      'article-upload-only.txt',
      'api::article.article',
      articleId,
      'cover'
    );
    expect(response.status).toBe(403);
    expect(await storedFiles('article-upload-only.txt')).toBe(0);
  });

  it('refuses a file linked to the plugin’s own tables, even to a token naming the plugin', async () => {
    const scopes = ['plugin::upload', 'plugin::access-tokens'];
    const response = await upload(scopes, 'own-table.txt', 'plugin::access-tokens.token', 1, 'x');
    expect(response.status).toBe(403);
    expect(await storedFiles('own-table.txt')).toBe(0);
  });

  it('links a file to an entry the token covers: an article, with or without scopes', async () => {
    for (const [name, scopes] of [
      ['article-all.txt', []],
      ['article-scoped.txt', ['plugin::upload', 'api::article.article']],
    ] as const) {
      const response = await upload([...scopes], name, 'api::article.article', articleId, 'cover');
      expect(response.status).toBe(201);
      expect(await storedFiles(name)).toBe(1);
    }
  });

  it('still uploads a file linked to nothing with an upload scope alone', async () => {
    const { value } = await createToken(suite, {
      name: 'plain uploader',
      accessLevel: 'read-write',
      scopes: ['plugin::upload'],
    });
    expect((await uploadFile(suite.app.url, bearer(value), 'plain.txt')).status).toBe(201);
  });
});
