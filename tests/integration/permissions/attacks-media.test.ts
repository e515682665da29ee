import { bearer, uploadFile } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { ARTICLE, PAGE, customToken, seedContent } from './custom-tokens';

const UPLOAD = 'plugin::upload';

/**
 * The attacker's questions on media: the upload plugin's files carry a morph relation (`related`) to the entries
 * they are linked to, which must keep to each entry's own type, field and locale rules.
 */
describe('attacks on custom tokens through the upload plugin’s files', () => {
  const suite = useApp();

  beforeAll(async () => {
    const ids = await seedContent(suite);
    const { value } = await createToken(suite, { name: 'linker', accessLevel: 'read-write' });
    const article = await suite.app.strapi.documents(ARTICLE).findOne({ documentId: ids.article });
    const english = await suite.app.strapi.documents(PAGE).findOne({ documentId: ids.page, locale: 'en' });
    for (const [ref, refId, name] of [
      [ARTICLE, article!.id, 'article.txt'],
      [PAGE, english!.id, 'english.txt'],
    ] as const) {
      const linked = await uploadFile(suite.app.url, bearer(value), name, { ref, refId: String(refId), field: 'f' });
      expect(linked.status).toBe(201);
    }
  });

  const relatedOf = async (permissions: Record<string, unknown>, name: string) => {
    const { api } = await customToken(suite, name, { [UPLOAD]: { actions: ['content-api.find'] }, ...permissions });
    const response = await api.get('/api/upload/files?populate=related');
    expect(response.status).toBeLessThan(500);
    return JSON.stringify(response.body);
  };

  it('shows no related entry of a type the token may not find', async () => {
    const text = await relatedOf({}, 'files only');
    expect(text).not.toContain('Filed under news');
    expect(text).not.toContain('Hello');
  });

  it('shows related entries by their own field and locale rules', async () => {
    const text = await relatedOf(
      {
        [ARTICLE]: { actions: ['find'], fields: { read: ['title'] } },
        [PAGE]: { actions: ['find'], locales: ['fr'] },
      },
      'files with rules'
    );
    expect(text).toContain('Filed under news'); // the related article rides along, narrowed
    expect(text).not.toContain('the secret body');
    expect(text).not.toContain('English summary');
  });
});
