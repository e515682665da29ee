import { bearer, createClient } from '../helpers/http';
import { useInstancePair } from '../helpers/instance-pair';
import { statusesSentAfter } from '../helpers/wait';
import { ARTICLE } from './custom-tokens';

/** The attacker's question on time: does a narrowed permission hold on another instance within a second? */
describe('a change of a custom token’s permissions on two Strapi processes', () => {
  const pair = useInstancePair({ ACCESS_TOKENS_THROTTLE_MAX_FAILURES: '1000000' });

  beforeAll(async () => {
    const writer = await pair.adminApi.post('/access-tokens/tokens', { name: 'writer', accessLevel: 'read-write' });
    const written = await createClient(pair.first.url, bearer(writer.body.data.accessKey)).post('/api/articles', {
      data: { title: 'Shared', body: 'the secret body' },
    });
    expect(written.status).toBe(201);
  });

  it('narrows fields, then actions, on the other instance within one second of each change', async () => {
    const created = await pair.adminApi.post('/access-tokens/tokens', {
      name: 'narrowed',
      accessLevel: 'custom',
      permissions: { [ARTICLE]: { actions: ['find'] } },
    });
    const { id, accessKey } = created.body.data;
    const onSecond = createClient(pair.second.url, bearer(accessKey));
    /** 200 when the body shows, 204 when it does not: what each request sent after the bound answered. */
    const bodyShown = async () => {
      const response = await onSecond.get('/api/articles');
      if (response.status !== 200) return { status: response.status };
      return { status: JSON.stringify(response.body.data).includes('the secret body') ? 200 : 204 };
    };
    expect((await bodyShown()).status).toBe(200); // now cached on the second instance

    const fields = { [ARTICLE]: { actions: ['find'], fields: { read: ['title'] } } };
    expect((await pair.adminApi.put(`/access-tokens/tokens/${id}`, { permissions: fields })).status).toBe(200);
    expect(await statusesSentAfter(Date.now() + 1000, bodyShown)).toEqual([204, 204, 204]);

    const actions = { [ARTICLE]: { actions: ['create'] } };
    expect((await pair.adminApi.put(`/access-tokens/tokens/${id}`, { permissions: actions })).status).toBe(200);
    expect(await statusesSentAfter(Date.now() + 1000, bodyShown)).toEqual([403, 403, 403]);
  });
});
