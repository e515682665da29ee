import { createAdmin } from './helpers/admin';
import { createClient } from './helpers/http';
import { outbox, recipientsOf } from './helpers/outbox';
import { waitFor } from './helpers/wait';
import { useApp } from './helpers/setup';

const CI_TOKEN = 'ci-Pipeline-Token-GKJXwpDNDenFHnTT9aBz-ABCDEFGH';

describe('tokens from configuration, and the notice email', () => {
  const suite = useApp({ CI_TOKEN });

  it('provisions the configured token at start-up, read-only, with its masked value', async () => {
    const response = await suite.adminApi.get('/access-tokens/tokens?search=CI%20pipeline');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([
      expect.objectContaining({
        name: 'CI pipeline',
        accessLevel: 'read-only',
        status: 'active',
        scopes: [],
        maskedKey: 'ci-P****EFGH',
        createdBy: null,
      }),
    ]);
    const byValue = await suite.adminApi.post('/access-tokens/tokens/lookup', { accessKey: CI_TOKEN });
    expect(byValue.body.data.map((token: { name: string }) => token.name)).toEqual(['CI pipeline']);
    expect(JSON.stringify(response.body)).not.toContain(CI_TOKEN);
  });

  it('records the provisioning in the audit trail, as the system, without the value', async () => {
    const [token] = (await suite.adminApi.get('/access-tokens/tokens?search=CI%20pipeline')).body.data;
    const audit = await suite.adminApi.get(`/access-tokens/audit?tokenId=${token.id}`);
    expect(audit.body.data).toEqual([
      expect.objectContaining({
        action: 'token.provision',
        subjectType: 'token',
        subjectName: 'CI pipeline',
        tokenId: token.id,
        actor: null,
      }),
    ]);
    expect(JSON.stringify(audit.body)).not.toContain(CI_TOKEN);
  });

  it('does not duplicate or re-audit the token when it is provisioned again unchanged', async () => {
    await suite.app.strapi.plugin('access-tokens').service('provisioning').syncConfiguredTokens();
    const listed = (await suite.adminApi.get('/access-tokens/tokens?search=CI%20pipeline')).body;
    expect(listed.meta.pagination.total).toBe(1);
    const audit = (await suite.adminApi.get(`/access-tokens/audit?tokenId=${listed.data[0].id}`)).body;
    expect(audit.meta.pagination.total).toBe(1);
  });

  it('emails the super admins when a token is created, with its masked value only', async () => {
    const colleague = await createAdmin(suite.app.strapi, suite.app.url); // a second super admin
    const editor = await createAdmin(suite.app.strapi, suite.app.url, { actions: ['plugin::access-tokens.create'] });
    await suite.app.strapi.db
      .query('admin::user')
      .update({ where: { id: editor.id }, data: { firstname: 'Grace', lastname: 'Hopper' } });
    const sent = outbox.length;

    const created = await createClient(suite.app.url, { Authorization: `Bearer ${editor.jwt}` }).post(
      '/access-tokens/tokens',
      {
        name: 'Zapier notice',
        accessLevel: 'read-write',
      }
    );
    expect(created.status).toBe(201);
    const { accessKey, maskedKey } = created.body.data;

    const mail = await waitFor(() => outbox.slice(sent).find((message) => message.subject.includes('Zapier notice')));
    expect(mail).toBeDefined();
    const recipients = recipientsOf(mail!);
    expect(recipients).toEqual(
      expect.arrayContaining([suite.admin.email, colleague.email].map((address) => address.toLowerCase()))
    );
    expect(recipients).not.toContain(editor.email.toLowerCase());
    const body = `${mail!.subject}\n${mail!.text ?? ''}\n${mail!.html ?? ''}`;
    expect(body).toContain('Zapier notice');
    expect(body).toContain(maskedKey);
    expect(body).toContain('Grace Hopper');
    expect(body).not.toContain(accessKey);
    expect(body).not.toContain(accessKey.slice(4, -4));

    // One mail per creation, and none for other changes.
    await suite.adminApi.post(`/access-tokens/tokens/${created.body.data.id}/regenerate`);
    await suite.adminApi.put(`/access-tokens/tokens/${created.body.data.id}`, { description: 'edited' });
    // A later creation's mail goes the same way: once it is sent, a mail about those changes would have been too.
    await suite.adminApi.post('/access-tokens/tokens', { name: 'Notice barrier', accessLevel: 'read-only' });
    expect(
      await waitFor(() => outbox.slice(sent).find((message) => message.subject.includes('Notice barrier')))
    ).toBeDefined();
    expect(outbox.slice(sent).map((message) => message.subject)).toEqual([
      mail!.subject,
      expect.stringContaining('Notice barrier'),
    ]);
  });
});
