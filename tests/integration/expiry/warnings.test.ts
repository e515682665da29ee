import { createAdmin } from '../helpers/admin';
import { createClient } from '../helpers/http';
import { outbox, recipientsOf, type SentMail } from '../helpers/outbox';
import { futureIso, useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

const TOKEN_UID = 'plugin::access-tokens.token';
const HOUR = 3_600_000;

describe('expiry-warning emails', () => {
  // The interval is an hour: each test runs the check itself.
  const suite = useApp();
  const check = () => suite.app.strapi.plugin('access-tokens').service('expiryWarnings').check();
  const tokens = () => suite.app.strapi.db.query(TOKEN_UID);
  const warningsOf = (name: string, from = 0): SentMail[] =>
    outbox.slice(from).filter((mail) => mail.subject.startsWith(`Access token "${name}" expires`));

  it('emails the creator and the super admins once per threshold, with the masked value only', async () => {
    const colleague = await createAdmin(suite.app.strapi, suite.app.url);
    const editor = await createAdmin(suite.app.strapi, suite.app.url, {
      actions: ['plugin::access-tokens.create', 'plugin::access-tokens.read'],
    });
    const created = await createClient(suite.app.url, { Authorization: `Bearer ${editor.jwt}` }).post(
      '/access-tokens/tokens',
      {
        name: 'Zapier weekly',
        accessLevel: 'read-only',
        validTo: futureIso(5),
      }
    );
    expect(created.status).toBe(201);
    const { id, accessKey, maskedKey } = created.body.data;

    await check();
    await check();
    const [mail, ...more] = warningsOf('Zapier weekly');
    expect(more).toEqual([]);
    expect(recipientsOf(mail).sort()).toEqual(
      [suite.admin.email, colleague.email, editor.email].map((a) => a.toLowerCase()).sort()
    );
    const body = `${mail.subject}\n${mail.text}`;
    expect(body).toContain(maskedKey);
    expect(body).toContain(futureIso(5).slice(0, 10));
    expect(body).not.toContain(accessKey);
    expect(body).not.toContain(accessKey.slice(4, -4));

    // A day later than the 1-day threshold: one more warning, then none.
    await tokens().update({ where: { id }, data: { validTo: new Date(Date.now() + 12 * HOUR) } });
    await check();
    await check();
    expect(warningsOf('Zapier weekly')).toHaveLength(2);
  });

  it('warns again for a new end date set by an edit', async () => {
    const { id } = await createToken(suite, { name: 'extended', accessLevel: 'read-only', validTo: futureIso(3) });
    await check();
    expect(warningsOf('extended')).toHaveLength(1);
    const sent = outbox.length;

    // The same end again is no new date.
    expect(
      (
        await suite.adminApi.put(`/access-tokens/tokens/${id}`, {
          validTo: (await tokens().findOne({ where: { id } })).validTo,
        })
      ).status
    ).toBe(200);
    await check();
    expect(warningsOf('extended', sent)).toHaveLength(0);

    expect((await suite.adminApi.put(`/access-tokens/tokens/${id}`, { validTo: futureIso(6) })).status).toBe(200);
    await check();
    expect(warningsOf('extended', sent)).toHaveLength(1);
  });

  it('sends only the smallest due threshold to a token first seen close to its end', async () => {
    await createToken(suite, {
      name: 'last minute',
      accessLevel: 'read-only',
      validTo: new Date(Date.now() + 6 * HOUR).toISOString(),
    });
    await check();
    const [mail, ...more] = warningsOf('last minute');
    expect(more).toEqual([]);
    expect(mail.text).toContain('expires at');
  });

  it('does not warn about revoked, archived, expired, scheduled, far or endless tokens, nor a creator no longer active', async () => {
    const revoked = await createToken(suite, {
      name: 'quiet revoked',
      accessLevel: 'read-only',
      validTo: futureIso(2),
    });
    await suite.adminApi.post(`/access-tokens/tokens/${revoked.id}/revoke`);
    const archived = await createToken(suite, {
      name: 'quiet archived',
      accessLevel: 'read-only',
      validTo: futureIso(2),
    });
    await suite.adminApi.post(`/access-tokens/tokens/${archived.id}/archive`);
    const expired = await createToken(suite, {
      name: 'quiet expired',
      accessLevel: 'read-only',
      validTo: futureIso(2),
    });
    await tokens().update({ where: { id: expired.id }, data: { validTo: new Date(Date.now() - HOUR) } });
    await createToken(suite, {
      name: 'quiet scheduled',
      accessLevel: 'read-only',
      validFrom: futureIso(1),
      validTo: futureIso(2),
    });
    await createToken(suite, { name: 'quiet far', accessLevel: 'read-only', validTo: futureIso(8) });
    await createToken(suite, { name: 'quiet endless', accessLevel: 'read-only' });
    await check();
    expect(outbox.filter((mail) => /^Access token "quiet .*" expires/.test(mail.subject))).toEqual([]);

    const leaver = await createAdmin(suite.app.strapi, suite.app.url, { actions: ['plugin::access-tokens.create'] });
    const made = await createClient(suite.app.url, { Authorization: `Bearer ${leaver.jwt}` }).post(
      '/access-tokens/tokens',
      {
        name: 'left behind',
        accessLevel: 'read-only',
        validTo: futureIso(4),
      }
    );
    await suite.app.strapi.db.query('admin::user').update({ where: { id: leaver.id }, data: { isActive: false } });
    await check();
    expect(made.status).toBe(201);
    expect(recipientsOf(warningsOf('left behind')[0])).not.toContain(leaver.email.toLowerCase());
  });
});
