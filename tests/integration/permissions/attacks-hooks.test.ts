import { useHookReceiver } from '../helpers/hook-receiver';
import { useApp } from '../helpers/setup';
import { ARTICLE, CATEGORY, PAGE, customToken, seedContent } from './custom-tokens';

/**
 * The attacker's questions on hooks: a subscription made under broader permissions delivers only what the token
 * may read now, and a related entry in another locale never rides along in a payload.
 */
describe('attacks on custom tokens through hooks', () => {
  const suite = useApp();
  const { fixture, subscribe } = useHookReceiver(suite);
  let ids: Awaited<ReturnType<typeof seedContent>>;

  beforeAll(async () => {
    ids = await seedContent(suite);
  });

  const settle = () => new Promise((done) => setTimeout(done, 1500));

  it('delivers by the token’s current permissions, not those it subscribed with', async () => {
    const token = await customToken(suite, 'narrowed later', {
      [ARTICLE]: { actions: ['find'] },
      [CATEGORY]: { actions: ['find'] },
    });
    await subscribe(token.value, '/narrowed-articles', { event: 'entry.create', contentType: ARTICLE });
    await subscribe(token.value, '/narrowed-categories', { event: 'entry.create', contentType: CATEGORY });
    const narrowed = await suite.adminApi.put(`/access-tokens/tokens/${token.id}`, {
      permissions: {
        [ARTICLE]: { actions: ['find'], fields: { read: ['title'] } },
        [PAGE]: { actions: ['find'] },
      },
    });
    expect(narrowed.status).toBe(200);

    await fixture.writer.post('/api/categories', { data: { name: 'No longer readable' } });
    await fixture.writer.post('/api/articles', { data: { title: 'Narrowed', body: 'the secret body' } });
    await fixture.receiver.waitFor(() => fixture.receiver.at('/narrowed-articles').length > 0);
    await settle();
    const [delivery] = fixture.receiver.at('/narrowed-articles');
    expect(Object.keys(delivery.json.entry).sort()).toEqual(['documentId', 'id', 'title']);
    expect(fixture.receiver.at('/narrowed-categories')).toEqual([]);
  });

  it('carries no related entry in another locale', async () => {
    const token = await customToken(suite, 'french categories', {
      [CATEGORY]: { actions: ['find'] },
      [PAGE]: { actions: ['find'], locales: ['fr'] },
    });
    await subscribe(token.value, '/categories', { event: 'entry.update', contentType: CATEGORY });
    const updated = await fixture.writer.put(`/api/categories/${ids.category}`, { data: { name: 'News again' } });
    expect(updated.status).toBe(200);
    await fixture.receiver.waitFor(() => fixture.receiver.at('/categories').length > 0);
    const text = JSON.stringify(fixture.receiver.at('/categories').map((request) => request.json.entry));
    expect(text).toContain('News again');
    expect(text).toContain('Bonjour'); // the relation rides along, in the allowed locale
    expect(text).not.toContain('Hello');
    expect(text).not.toContain('English summary');

    const sample = await token.api.get(`/api/access-tokens/hooks/sample?contentType=${CATEGORY}`);
    expect(sample.status).toBe(200);
    expect(JSON.stringify(sample.body)).not.toContain('English summary');
  });
});
