import { useHookReceiver } from '../helpers/hook-receiver';
import { useApp } from '../helpers/setup';
import { createToken, scopedReadOnly } from '../helpers/tokens';

describe('REST hook deliveries', () => {
  const suite = useApp();
  const { fixture, subscribe } = useHookReceiver(suite);

  /** Every change made so far is queued: the merge window drained and each insert done, as at shutdown. */
  const allQueued = async () => {
    const events = suite.app.strapi.plugin('access-tokens').service('hookEnqueuer');
    await events.stop();
    events.start();
  };
  const queuedTo = async (path: string) =>
    (
      (await suite.app.strapi.db
        .query('plugin::access-tokens.hook-delivery')
        .findMany({ where: { targetUrl: fixture.receiver.url(path) } })) as { contentType: string }[]
    ).map((row) => row.contentType);

  it('delivers every event once, signed, with private fields removed', async () => {
    const { value } = await createToken(suite, { name: 'all events', accessLevel: 'read-only' });
    const events = ['entry.create', 'entry.update', 'entry.publish', 'entry.unpublish', 'entry.delete'];
    for (const event of events) await subscribe(value, `/all/${event}`, { event, contentType: 'api::article.article' });

    const created = await fixture.writer.post('/api/articles', {
      data: { title: 'Hello', internalNote: 'secret note' },
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    expect((await fixture.writer.put(`/api/articles/${documentId}`, { data: { title: 'Hello again' } })).status).toBe(
      200
    );
    await suite.app.strapi.documents('api::article.article').unpublish({ documentId });
    expect((await fixture.writer.delete(`/api/articles/${documentId}`)).status).toBe(204);

    await fixture.receiver.waitFor(() => events.every((event) => fixture.receiver.at(`/all/${event}`).length > 0));
    await allQueued();
    for (const event of ['entry.create', 'entry.update', 'entry.unpublish', 'entry.delete'])
      expect(await queuedTo(`/all/${event}`)).toHaveLength(1);
    for (const event of events) {
      const requests = fixture.receiver.at(`/all/${event}`);
      expect(requests.every((request) => request.verified)).toBe(true);
      const body = requests[0].json;
      expect(body).toMatchObject({ event, contentType: 'api::article.article', entry: { documentId } });
      expect(body.id).toBe(requests[0].headers['webhook-id']);
      expect(body.id).toMatch(/^msg_/);
      expect(Date.parse(body.createdAt)).not.toBeNaN();
      expect(body.entry).not.toHaveProperty('internalNote');
      expect(JSON.stringify(body)).not.toContain('secret note');
    }
    expect(fixture.receiver.at('/all/entry.update')[0].json.entry.title).toBe('Hello again');
    // Create (status published) emits create then publish; update publishes again: each change once.
    expect(fixture.receiver.at('/all/entry.create')).toHaveLength(1);
    expect(fixture.receiver.at('/all/entry.update')).toHaveLength(1);
    expect(fixture.receiver.at('/all/entry.unpublish')).toHaveLength(1);
    expect(fixture.receiver.at('/all/entry.delete')).toHaveLength(1);
  });

  it('reports a published article deleted once, although Strapi emits for its draft and its published version', async () => {
    const { value } = await createToken(suite, { name: 'deletions', accessLevel: 'read-only' });
    await subscribe(value, '/deletions', { event: 'entry.delete', contentType: 'api::article.article' });
    const created = await fixture.writer.post('/api/articles', { data: { title: 'Short lived' } });
    const emitted: unknown[] = [];
    const stop = suite.app.strapi.eventHub.on('entry.delete', async (payload: unknown) => {
      emitted.push(payload);
    });
    expect((await fixture.writer.delete(`/api/articles/${created.body.data.documentId}`)).status).toBe(204);
    await fixture.receiver.waitFor(() => fixture.receiver.at('/deletions').length > 0);
    await allQueued();
    stop();
    expect(await queuedTo('/deletions')).toHaveLength(1);
    expect(emitted).toHaveLength(2);
    expect(fixture.receiver.at('/deletions')).toHaveLength(1);
    expect(fixture.receiver.at('/deletions')[0].json.entry.publishedAt).not.toBeNull();
  });

  it('sends a token only what it may read: its scopes, and no relation outside them', async () => {
    const scoped = await createToken(suite, scopedReadOnly('articles only', ['api::article.article']));
    const everything = await createToken(suite, { name: 'everything', accessLevel: 'read-only' });
    await subscribe(scoped.value, '/scoped', { event: 'entry.create' });
    await subscribe(everything.value, '/everything', { event: 'entry.create' });

    const category = await fixture.writer.post('/api/categories', { data: { name: 'News' } });
    const article = await fixture.writer.post('/api/articles', {
      data: { title: 'Related', category: category.body.data.documentId },
    });
    expect(article.status).toBe(201);

    const articleCreated = (path: string) =>
      fixture.receiver.at(path).find((request) => request.json.contentType === 'api::article.article');
    await fixture.receiver.waitFor(() => !!articleCreated('/scoped') && !!articleCreated('/everything'));
    await allQueued();
    expect(await queuedTo('/scoped')).toEqual(['api::article.article']);
    expect(fixture.receiver.at('/scoped').map((request) => request.json.contentType)).toEqual(['api::article.article']);
    expect(articleCreated('/scoped')?.json.entry).not.toHaveProperty('category');
    expect(articleCreated('/everything')?.json.entry.category).toMatchObject({ name: 'News' });
    expect(
      fixture.receiver
        .at('/everything')
        .map((request) => request.json.contentType)
        .sort()
    ).toEqual(['api::article.article', 'api::category.category']);
  });

  it('sends nothing for tokens that were revoked, archived, expired or deleted', async () => {
    const control = await createToken(suite, { name: 'control', accessLevel: 'read-only' });
    await subscribe(control.value, '/control', { event: 'entry.create', contentType: 'api::category.category' });
    const silenced: string[] = [];
    for (const action of ['revoke', 'archive', 'expire', 'delete']) {
      const token = await createToken(suite, { name: `silenced ${action}`, accessLevel: 'read-only' });
      await subscribe(token.value, `/silenced/${action}`, {
        event: 'entry.create',
        contentType: 'api::category.category',
      });
      silenced.push(`/silenced/${action}`);
      if (action === 'expire') {
        await suite.app.strapi.db
          .query('plugin::access-tokens.token')
          .update({ where: { id: token.id }, data: { validTo: new Date(Date.now() - 1000) } });
      } else if (action === 'delete') {
        expect((await suite.adminApi.delete(`/access-tokens/tokens/${token.id}`)).status).toBe(200);
      } else {
        expect((await suite.adminApi.post(`/access-tokens/tokens/${token.id}/${action}`)).status).toBe(200);
      }
    }
    await fixture.writer.post('/api/categories', { data: { name: 'After revocation' } });
    await fixture.receiver.waitFor(() => fixture.receiver.at('/control').length > 0);
    await allQueued();
    for (const path of silenced) expect(await queuedTo(path)).toEqual([]);
    for (const path of silenced) expect(fixture.receiver.at(path)).toHaveLength(0);
    // The deleted token's subscription is gone with it.
    const hooks = await suite.adminApi.get('/access-tokens/hooks?pageSize=100');
    expect(hooks.body.data.map((hook: { targetUrl: string }) => hook.targetUrl)).not.toContain(
      fixture.receiver.url('/silenced/delete')
    );
  });
});
