import { bearer, createClient } from '../helpers/http';
import { outbox, recipientsOf } from '../helpers/outbox';
import { waitFor } from '../helpers/wait';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

const REPORTED = 'reported as leaked';
const SELF = 'revoked by the token itself';
/** Mails about a replaced value ended before its grace period (creating a token sends a mail too). */
const endedMails = (since: number, name: string) =>
  outbox
    .slice(since)
    .filter((message) => message.subject.startsWith('The replaced value') && message.subject.includes(`"${name}"`));

/**
 * A regeneration with a grace period leaves the replaced value working for a while. That value, maybe the leaked one,
 * ends only itself: through DELETE /me or a leak report, the token and its new value go on.
 */
describe('a replaced value in its grace period', () => {
  const suite = useApp({ ACCESS_TOKENS_LEAK_REPORTS_MAX_REQUESTS: '1000' });

  const statusOf = async (value: string) =>
    (await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me')).status;
  const auditOf = async (id: number) =>
    (await suite.adminApi.get(`/access-tokens/audit?tokenId=${id}`)).body.data as Array<{
      action: string;
      actor: unknown;
      changes: Record<string, { from: unknown; to: unknown }> | null;
    }>;

  /** A token regenerated with an hour's grace: both values answer 200. */
  const regenerated = async (name: string) => {
    const { id, value: oldValue } = await createToken(suite, { name, accessLevel: 'read-write' });
    const response = await suite.adminApi.post(`/access-tokens/tokens/${id}/regenerate`, { gracePeriodSeconds: 3600 });
    const newValue = response.body.data.accessKey as string;
    expect([await statusOf(oldValue), await statusOf(newValue)]).toEqual([200, 200]);
    return { id, oldValue, newValue };
  };

  /** The token is active and keeps its new value; the old one is unknown; one audit entry, one mail. */
  const expectOnlyOldValueEnded = async (
    { id, oldValue, newValue }: Awaited<ReturnType<typeof regenerated>>,
    name: string,
    reason: string,
    sent: number
  ) => {
    expect(await statusOf(newValue)).toBe(200);
    const refused = await createClient(suite.app.url, bearer(oldValue)).get('/api/access-tokens/me');
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toBe('Unknown access token');
    expect((await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data).toMatchObject({
      status: 'active',
      previousKeyExpiresAt: null,
    });

    const audit = await auditOf(id);
    expect(audit.filter((entry) => entry.action === 'token.revoke')).toEqual([]);
    const ended = audit.filter((entry) => entry.action === 'token.previous-key-ended');
    expect(ended).toEqual([
      expect.objectContaining({
        actor: null,
        changes: { reason: { from: null, to: reason }, previousKeyExpiresAt: { from: expect.any(String), to: null } },
      }),
    ]);

    const mail = await waitFor(() => endedMails(sent, name)[0]);
    expect(mail).toBeDefined();
    expect(endedMails(sent, name)).toHaveLength(1);
    expect(recipientsOf(mail!)).toContain(suite.admin.email.toLowerCase());
    const text = `${mail!.subject}\n${mail!.text ?? ''}`;
    expect(text).toContain(`"${name}", current value sat_****${newValue.slice(-4)}`);
    expect(text).not.toContain(oldValue.slice(4, -4));
    expect(text).not.toContain(newValue.slice(4, -4));
  };

  it('DELETE /me with the replaced value ends only that value (204): the new one keeps working', async () => {
    const token = await regenerated('self-ended old value');
    const sent = outbox.length;

    const response = await createClient(suite.app.url, bearer(token.oldValue)).delete('/api/access-tokens/me');
    expect(response.status).toBe(204);

    await expectOnlyOldValueEnded(token, 'self-ended old value', SELF, sent);
    expect(
      outbox.slice(sent).find((message) => message.subject.includes('ended: the value ended itself'))
    ).toBeTruthy();
  });

  it('a leak report of the replaced value ends only that value: the new one keeps working', async () => {
    const token = await regenerated('reported old value');
    const sent = outbox.length;

    expect((await suite.http.post('/api/access-tokens/revoke', { tokens: [token.oldValue] })).status).toBe(202);

    expect(await waitFor(async () => (await statusOf(token.oldValue)) === 401 || undefined)).toBe(true);
    await expectOnlyOldValueEnded(token, 'reported old value', REPORTED, sent);
    expect(outbox.slice(sent).find((message) => message.subject.endsWith('ended: reported as leaked'))).toBeTruthy();
  });

  it('a report holding both values revokes the whole token', async () => {
    const { id, oldValue, newValue } = await regenerated('both values reported');

    await suite.http.post('/api/access-tokens/revoke', { tokens: [oldValue, newValue] });

    expect(await waitFor(async () => (await statusOf(newValue)) === 401 || undefined)).toBe(true);
    expect(await statusOf(oldValue)).toBe(401);
    const actions = (await auditOf(id)).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'token.revoke')).toHaveLength(1);
    expect(actions).not.toContain('token.previous-key-ended');
  });

  it('reported and ending itself at once, the replaced value is ended once: one entry, one mail', async () => {
    const token = await regenerated('reported while ending itself');
    const sent = outbox.length;

    const [report, ended] = await Promise.all([
      suite.http.post('/api/access-tokens/revoke', { tokens: [token.oldValue] }),
      createClient(suite.app.url, bearer(token.oldValue)).delete('/api/access-tokens/me'),
    ]);
    expect(report.status).toBe(202);
    // Ended by this request (204), or by the report just before it (401: the value no longer works).
    expect([204, 401]).toContain(ended.status);

    await waitFor(() => endedMails(sent, 'reported while ending itself')[0]);
    // Let a second, wrongful, end show up if there were one.
    await new Promise((done) => setTimeout(done, 500));
    const reason = ended.status === 204 ? SELF : REPORTED;
    await expectOnlyOldValueEnded(token, 'reported while ending itself', reason, sent);
  });

  it('spends its own rate limit, not the new value’s', async () => {
    const rateLimit = { limit: 3, windowSeconds: 3600 };
    const { id, value: oldValue } = await createToken(suite, { name: 'limited', accessLevel: 'read-only', rateLimit });
    const response = await suite.adminApi.post(`/access-tokens/tokens/${id}/regenerate`, { gracePeriodSeconds: 3600 });
    const newValue = response.body.data.accessKey as string;

    const statuses = [];
    for (let request = 0; request < 4; request += 1) statuses.push(await statusOf(oldValue));
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await statusOf(newValue)).toBe(200);
  });
});
