import { useHookReceiver } from '../helpers/hook-receiver';
import { useApp } from '../helpers/setup';
import { ARTICLE, CATEGORY, PAGE, customToken, seedContent } from './custom-tokens';

/** Issue 23 in hook payloads: readable fields only, related entries by their own rules, allowed locales only. */
describe('custom tokens in REST hooks', () => {
  const suite = useApp();
  const { fixture, subscribe } = useHookReceiver(suite);
  let ids: Awaited<ReturnType<typeof seedContent>>;
  const tokens: Record<'editor' | 'french' | 'pagesOnly', Awaited<ReturnType<typeof customToken>>> = {} as never;

  beforeAll(async () => {
    ids = await seedContent(suite);
    tokens.editor = await customToken(suite, 'editor', {
      [ARTICLE]: { actions: ['find'], fields: { read: ['title', 'category'] } },
      [CATEGORY]: { actions: ['find'], fields: { read: ['name'] } },
    });
    tokens.french = await customToken(suite, 'french', { [PAGE]: { actions: ['find'], locales: ['fr'] } });
    tokens.pagesOnly = await customToken(suite, 'no articles', { [PAGE]: { actions: ['find'] } });
  });

  it('refuses a subscription to a type it may not find', async () => {
    const response = await tokens.pagesOnly.api.post('/api/access-tokens/hooks', {
      targetUrl: fixture.receiver.url('/never'),
      event: 'entry.create',
      contentType: ARTICLE,
    });
    expect(response.status).toBe(400);
  });

  it('delivers readable fields only, relations by their own rules', async () => {
    await subscribe(tokens.editor.value, '/articles', { event: 'entry.create', contentType: ARTICLE });
    const created = await fixture.writer.post('/api/articles', {
      data: { title: 'Hooked', body: 'the secret body', category: ids.category },
    });
    expect(created.status).toBe(201);
    await fixture.receiver.waitFor(() => fixture.receiver.at('/articles').length > 0);
    const { entry } = fixture.receiver.at('/articles')[0].json;
    expect(Object.keys(entry).sort()).toEqual(['category', 'documentId', 'id', 'title']);
    expect(Object.keys(entry.category).sort()).toEqual(['documentId', 'id', 'name']);

    const sample = await tokens.editor.api.get(`/api/access-tokens/hooks/sample?contentType=${ARTICLE}`);
    expect(sample.status).toBe(200);
    expect(JSON.stringify(sample.body)).not.toContain('the secret body');
  });

  it('delivers and samples entries in allowed locales only', async () => {
    await subscribe(tokens.french.value, '/pages', { event: 'entry.create', contentType: PAGE });
    expect((await fixture.writer.post('/api/pages?locale=en', { data: { title: 'English only' } })).status).toBe(201);
    expect((await fixture.writer.post('/api/pages?locale=fr', { data: { title: 'Français' } })).status).toBe(201);
    await fixture.receiver.waitFor(() => fixture.receiver.at('/pages').length > 0);
    // The English page was created first: had it been queued, it would have arrived by now.
    await new Promise((done) => setTimeout(done, 500));
    expect(fixture.receiver.at('/pages').map((request) => request.json.entry.title)).toEqual(['Français']);

    const sample = await tokens.french.api.get(`/api/access-tokens/hooks/sample?contentType=${PAGE}`);
    expect(sample.status).toBe(200);
    const locales = sample.body.data.map((payload: { entry: { locale: string } }) => payload.entry.locale);
    expect(locales.length).toBeGreaterThan(0);
    expect(new Set(locales)).toEqual(new Set(['fr']));
  });
});
