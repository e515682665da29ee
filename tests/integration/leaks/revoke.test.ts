import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient, rawResponse } from '../helpers/http';
import { outbox, recipientsOf } from '../helpers/outbox';
import { waitFor } from '../helpers/wait';
import { futureIso, useApp } from '../helpers/setup';
import { createBuiltInApiToken } from '../helpers/strapi-credentials';
import { createToken, expireToken } from '../helpers/tokens';

const REPORTED = 'reported as leaked';
/** Mails about leak reports (creating a token sends a mail too, in the background). */
const leakMails = (since: number) =>
  outbox.slice(since).filter((message) => message.subject.endsWith('revoked: reported as leaked'));

/**
 * POST /api/access-tokens/revoke: whoever finds a leaked value reports it, with no other credential. A valid token
 * is revoked (audited, super admins emailed); the answer is the same whatever the values were.
 */
describe('POST /api/access-tokens/revoke', () => {
  // Many reports from one address in this file; the limit itself is tested in limits.test.ts.
  const suite = useApp({ ACCESS_TOKENS_LEAK_REPORTS_MAX_REQUESTS: '1000' });

  const rawReport = (tokens: unknown, headers: Record<string, string> = {}) =>
    rawResponse(`${suite.app.url}/api/access-tokens/revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ tokens }),
    });

  const statusOf = async (value: string) =>
    (await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me')).status;
  const waitForStatus = (value: string, status: number) =>
    waitFor(async () => (await statusOf(value)) === status || undefined);
  const auditOf = async (id: number) =>
    (await suite.adminApi.get(`/access-tokens/audit?tokenId=${id}`)).body.data as Array<{
      action: string;
      actor: unknown;
      changes: Record<string, { to: unknown }> | null;
    }>;

  it('answers byte for byte the same for a valid, replaced, unknown, revoked, malformed or custom value', async () => {
    const valid = await createToken(suite, { name: 'same answer valid', accessLevel: 'read-only' });
    const replaced = await createToken(suite, { name: 'same answer replaced', accessLevel: 'read-only' });
    await suite.adminApi.post(`/access-tokens/tokens/${replaced.id}/regenerate`, { gracePeriodSeconds: 3600 });
    const revoked = await createToken(suite, { name: 'same answer revoked', accessLevel: 'read-only' });
    await suite.adminApi.post(`/access-tokens/tokens/${revoked.id}/revoke`);
    const custom = await createToken(suite, {
      name: 'same answer custom',
      accessLevel: 'read-only',
      accessKey: 'Same-Answer-Custom-Value-vyWM36R3xGEFSCBGLqJq-abc',
    });

    const values = [
      valid.value,
      replaced.value,
      generateToken(),
      revoked.value,
      'sat_malformed',
      custom.value,
      'Unknown-Custom-Value-0123456789-abcdef',
    ];
    const answers = [];
    for (const value of values) answers.push(await rawReport([value]));
    expect(answers[0].status).toBe(202);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    // Two values of each kind in one report: the same again.
    expect(await rawReport([values[2], values[6]])).toEqual(await rawReport([values[0], values[5]]));
  });

  it('revokes a reported token: refused afterwards, audited as reported, and the super admins are emailed', async () => {
    const { id, value } = await createToken(suite, { name: 'leaked in a gist', accessLevel: 'read-write' });
    expect(await statusOf(value)).toBe(200);
    const sent = outbox.length;

    expect((await suite.http.post('/api/access-tokens/revoke', { tokens: [value] })).status).toBe(202);

    expect(await waitForStatus(value, 401)).toBe(true);
    const refused = await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me');
    expect(refused.body.error.message).toBe('Access token revoked');
    expect((await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data).toMatchObject({ status: 'revoked' });

    const revocation = (await auditOf(id)).find((entry) => entry.action === 'token.revoke');
    expect(revocation).toMatchObject({
      actor: null,
      changes: expect.objectContaining({ reason: { from: null, to: REPORTED } }),
    });

    const mail = await waitFor(() => leakMails(sent).find((message) => message.subject.includes('"leaked in a gist"')));
    expect(mail).toBeDefined();
    expect(recipientsOf(mail!)).toContain(suite.admin.email.toLowerCase());
    const text = `${mail!.subject}\n${mail!.text ?? ''}`;
    expect(text).toContain(`"leaked in a gist" (sat_****${value.slice(-4)})`);
    expect(text).not.toContain(value.slice(4, -4));
  });

  it('revokes custom (unprefixed) values and ends a replaced value, several per report', async () => {
    const custom = await createToken(suite, {
      name: 'leaked custom',
      accessLevel: 'read-only',
      accessKey: 'Leaked-Custom-Integration-Key-XwIBsyJUZ8HHsmqVhK2R',
    });
    const rotated = await createToken(suite, { name: 'leaked old value', accessLevel: 'read-only' });
    const regenerated = await suite.adminApi.post(`/access-tokens/tokens/${rotated.id}/regenerate`, {
      gracePeriodSeconds: 3600,
    });
    const newValue = regenerated.body.data.accessKey as string;
    expect(await statusOf(rotated.value)).toBe(200);

    const response = await suite.http.post('/api/access-tokens/revoke', {
      tokens: [custom.value, ` ${rotated.value}\n`, custom.value, generateToken()],
    });
    expect(response.status).toBe(202);

    expect(await waitForStatus(custom.value, 401)).toBe(true);
    expect(await waitForStatus(rotated.value, 401)).toBe(true);
    // The old value ends alone (leaks/replaced-value.test.ts): the new one keeps working.
    expect(await statusOf(newValue)).toBe(200);
    expect((await auditOf(custom.id)).filter((entry) => entry.action === 'token.revoke')).toHaveLength(1);
  });

  it('ends archived and expired tokens for good, and leaves revoked ones alone', async () => {
    const revoked = await createToken(suite, { name: 'already revoked', accessLevel: 'read-only' });
    await suite.adminApi.post(`/access-tokens/tokens/${revoked.id}/revoke`);
    const archived = await createToken(suite, { name: 'archived one', accessLevel: 'read-only' });
    await suite.adminApi.post(`/access-tokens/tokens/${archived.id}/archive`);
    const expired = await createToken(suite, { name: 'expired one', accessLevel: 'read-only', validTo: futureIso(1) });
    await expireToken(suite, expired.id);
    const sent = outbox.length;

    await suite.http.post('/api/access-tokens/revoke', { tokens: [revoked.value, archived.value, expired.value] });

    const mail = await waitFor(() => leakMails(sent).find((message) => message.subject.includes('"archived one"')));
    expect(`${mail!.subject}\n${mail!.text}`).not.toMatch(/already revoked/);
    expect(leakMails(sent)).toHaveLength(1);
    expect((await auditOf(revoked.id)).filter((entry) => entry.action === 'token.revoke')).toHaveLength(1);
    for (const id of [archived.id, expired.id]) {
      expect((await auditOf(id)).filter((entry) => entry.action === 'token.revoke')).toHaveLength(1);
    }

    // Restoring the archived token or extending the expired one no longer brings the leaked value back.
    expect((await suite.adminApi.post(`/access-tokens/tokens/${archived.id}/restore`)).body.data.status).toBe(
      'revoked'
    );
    await suite.adminApi.put(`/access-tokens/tokens/${expired.id}`, { validTo: futureIso(30) });
    expect(await statusOf(archived.value)).toBe(401);
    expect(await statusOf(expired.value)).toBe(401);
  });

  it('needs no Authorization header, and ignores one (a bad value, a Strapi API token, one of ours)', async () => {
    const { value } = await createToken(suite, { name: 'reported with a header', accessLevel: 'read-only' });
    const builtInKey = await createBuiltInApiToken(suite, 'built-in reporter', 'read-only');
    const bystander = await createToken(suite, { name: 'bystander', accessLevel: 'read-only' });
    const unknown = generateToken();

    for (const headers of [{}, bearer('sat_malformed'), bearer(unknown), bearer(builtInKey), bearer(bystander.value)]) {
      expect((await rawReport([unknown], headers)).status).toBe(202);
    }
    expect((await rawReport([value], bearer('sat_malformed'))).status).toBe(202);
    expect(await waitForStatus(value, 401)).toBe(true);
    // The header's token is not the one reported: it keeps working.
    expect(await statusOf(bystander.value)).toBe(200);
  });
});
