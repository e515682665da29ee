import { graphql } from '../graphql/graphql-client';
import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { connect } from '../mcp/clients';
import { TOKEN_USAGE_UID, usageService, usageToday } from './helpers';

const surfacesOf = (day: { restRequests: number; graphqlRequests: number; mcpRequests: number }) => ({
  rest: day.restRequests,
  graphql: day.graphqlRequests,
  mcp: day.mcpRequests,
});

/** Issue 24: the usage chart tells MCP requests from REST and GraphQL ones, stored and pending alike. */
describe('token usage by surface: REST, GraphQL and MCP', () => {
  const suite = useApp({ ACCESS_TOKENS_USAGE_FLUSH_INTERVAL_MS: '3600000' });

  it('counts MCP requests as MCP, GraphQL ones as GraphQL and the rest as REST, refusals included', async () => {
    const { id, value } = await createToken(suite, { name: 'three surfaces', accessLevel: 'read-only' });
    const rest = createClient(suite.app.url, bearer(value));
    expect((await rest.get('/api/articles')).status).toBe(200);
    expect((await rest.post('/api/articles', { data: { title: 'no' } })).status).toBe(403);
    expect((await graphql(suite.app.url, value, '{ articles { documentId } }')).status).toBe(200);

    // initialize, notifications/initialized, tools/call: three POSTs with the 2025 handshake.
    const agent = await connect(suite.app.url, value, 'v2 (2025 handshake)');
    try {
      expect((await agent.callTool('list_article', { pageSize: 1 })).isError).toBeFalsy();
    } finally {
      await agent.close();
    }
    const mcpRequests = 3;

    const expected = { rest: 2, graphql: 1, mcp: mcpRequests };
    const today = await usageToday(suite, id);
    expect(surfacesOf(today)).toEqual(expected);
    expect(today.success + today.forbidden).toBe(2 + 1 + mcpRequests);

    await usageService(suite).flush();
    expect(surfacesOf(await usageToday(suite, id))).toEqual(expected);
    const response = await suite.adminApi.get(`/access-tokens/tokens/${id}/usage?days=1`);
    expect(surfacesOf(response.body.data.totals)).toEqual(expected);
  });

  it('reads rows stored before surfaces were counted as REST, and adds to them', async () => {
    const { id, value } = await createToken(suite, { name: 'older rows', accessLevel: 'read-only' });
    const rest = createClient(suite.app.url, bearer(value));
    await rest.get('/api/articles');
    await usageService(suite).flush();
    // What an upgrade leaves: Strapi adds the new columns without a default, so older rows hold NULL.
    await suite.app.strapi.db
      .query(TOKEN_USAGE_UID)
      .updateMany({ where: { tokenId: id }, data: { graphqlRequests: null, mcpRequests: null } });
    expect(surfacesOf(await usageToday(suite, id))).toEqual({ rest: 1, graphql: 0, mcp: 0 });

    await graphql(suite.app.url, value, '{ articles { documentId } }');
    await usageService(suite).flush();
    expect(surfacesOf(await usageToday(suite, id))).toEqual({ rest: 1, graphql: 1, mcp: 0 });
  });
});
