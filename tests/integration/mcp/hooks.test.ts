import { useHookReceiver } from '../helpers/hook-receiver';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { connect, type McpConnection } from './clients';

const ARTICLE = 'api::article.article';
const EVENTS = ['entry.create', 'entry.update', 'entry.delete'];

/** Writes made through MCP tools reach REST hooks as any other write does: once per change, signed, sanitized. */
describe('REST hooks on MCP writes', () => {
  const suite = useApp();
  const { fixture, subscribe } = useHookReceiver(suite);
  let agent: McpConnection;

  beforeAll(async () => {
    const { value } = await createToken(suite, { name: 'mcp hooks agent', accessLevel: 'read-write' });
    agent = await connect(suite.app.url, value, 'v2 (2026-07-28)');
  });
  afterAll(() => agent?.close());

  it('delivers the create, update and delete of an agent to a subscribed token', async () => {
    const subscriber = await createToken(suite, { name: 'mcp hooks subscriber', accessLevel: 'read-only' });
    for (const event of EVENTS) await subscribe(subscriber.value, `/mcp/${event}`, { event, contentType: ARTICLE });

    const created = await agent.callTool('create_article', { data: { title: 'From an agent', internalNote: 'x' } });
    // internalNote is private: not in the schema, so the call is refused before anything is written.
    expect(created.isError).toBe(true);
    const written = await agent.callTool('create_article', { data: { title: 'From an agent' } });
    expect(written.isError).toBeFalsy();
    const { documentId } = written.structuredContent!.data;
    expect(
      (await agent.callTool('update_article', { documentId, data: { title: 'Edited by an agent' } })).isError
    ).toBeFalsy();
    expect((await agent.callTool('delete_article', { documentId })).isError).toBeFalsy();

    await fixture.receiver.waitFor(() => EVENTS.every((event) => fixture.receiver.at(`/mcp/${event}`).length > 0));
    for (const event of EVENTS) {
      const requests = fixture.receiver.at(`/mcp/${event}`);
      expect(requests).toHaveLength(1);
      expect(requests[0].verified).toBe(true);
      expect(requests[0].json).toMatchObject({ event, contentType: ARTICLE, entry: { documentId } });
      expect(requests[0].json.entry).not.toHaveProperty('internalNote');
    }
    expect(fixture.receiver.at('/mcp/entry.create')[0].json.entry.title).toBe('From an agent');
    expect(fixture.receiver.at('/mcp/entry.update')[0].json.entry.title).toBe('Edited by an agent');
  });
});
