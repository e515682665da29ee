import { surfaceCounterOf } from '../usage-surfaces';

describe('the surface a request is counted under', () => {
  const paths = { graphql: '/graphql', mcp: '/api/access-tokens/mcp' };

  it('counts the MCP endpoint and the GraphQL endpoint apart, and nothing more for REST', () => {
    expect(surfaceCounterOf('/api/access-tokens/mcp', paths)).toBe('mcpRequests');
    expect(surfaceCounterOf('/graphql', paths)).toBe('graphqlRequests');
    expect(surfaceCounterOf('/api/articles', paths)).toBeUndefined();
    expect(surfaceCounterOf('/api/access-tokens/mcp/x', paths)).toBeUndefined();
  });

  it('counts everything but MCP as REST without the GraphQL plugin', () => {
    expect(surfaceCounterOf('/graphql', { graphql: undefined, mcp: '/mcp' })).toBeUndefined();
  });
});
