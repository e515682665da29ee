import { outbox } from './helpers/outbox';
import { waitFor } from './helpers/wait';
import { useApp } from './helpers/setup';
import { createToken } from './helpers/tokens';

const TOKEN_UID = 'plugin::access-tokens.token';

/**
 * Names and descriptions reach email subjects and the admin: no control characters (shared/plain-text.ts). The
 * refusals themselves are in tokens-validation.test.ts, with every other rule.
 */
describe('token names and descriptions', () => {
  const suite = useApp();
  const createNamed = (name: string, description: string) =>
    suite.adminApi.post('/access-tokens/tokens', { name, description, accessLevel: 'read-only' });

  it('names the refused character, without echoing the rest of the rule', async () => {
    const response = await createNamed('ci\r\nBcc: x@y', 'tab\there');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([
      expect.objectContaining({
        path: ['name'],
        message: 'name must not contain line breaks, tabs or other control characters (found U+000D)',
      }),
      expect.objectContaining({
        path: ['description'],
        message: 'description must not contain tabs or control characters other than line breaks (found U+0009)',
      }),
    ]);
    expect(await suite.app.strapi.db.query(TOKEN_UID).count({ where: { name: { $startsWith: 'ci' } } })).toBe(0);
  });

  it('refuses them on edit too, naming the field, and changes nothing', async () => {
    const { id } = await createToken(suite, { name: 'edited later', accessLevel: 'read-only' });
    const before = await suite.app.strapi.db.query(TOKEN_UID).findOne({ where: { id } });
    for (const [field, value] of [
      ['name', 'edited\r\nBcc: x@y'],
      ['description', 'edited\r\nBcc: x@y'],
    ]) {
      const response = await suite.adminApi.put(`/access-tokens/tokens/${id}`, { [field]: value });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors).toEqual([
        expect.objectContaining({ path: [field], message: expect.stringContaining('(found U+000D)') }),
      ]);
    }
    expect(await suite.app.strapi.db.query(TOKEN_UID).findOne({ where: { id } })).toEqual(before);
  });

  it('accepts line breaks in a description, and right-to-left or accented names', async () => {
    const response = await createNamed('Intégration عربي', 'First line\nsecond line');
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ name: 'Intégration عربي', description: 'First line\nsecond line' });
  });

  it('keeps a name stored before the rule out of a mail header', async () => {
    const { id, value } = await createToken(suite, { name: 'stored earlier', accessLevel: 'read-only' });
    await suite.app.strapi.db.query(TOKEN_UID).update({ where: { id }, data: { name: 'stored\r\nBcc: x@y' } });
    const sent = outbox.length;

    await suite.http.post('/api/access-tokens/revoke', { tokens: [value] });

    const mail = await waitFor(() => outbox.slice(sent).find((message) => message.subject.includes('stored')));
    expect(mail?.subject).toBe('Access token "stored  Bcc: x@y" revoked: reported as leaked');
  });
});
