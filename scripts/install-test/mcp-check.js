/**
 * The install test's MCP check: the official v2 client (`@modelcontextprotocol/client`, the repository's copy)
 * connects to the packed plugin's endpoint with a token, as an agent would: initialize (its default 2025
 * handshake), tools/list, one tool call.
 */
const { Client, StreamableHTTPClientTransport } = require('@modelcontextprotocol/client');

const checkMcp = async ({ base, token, report }) => {
  console.log('\n== MCP client');
  const client = new Client({ name: 'access-tokens-install-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL('/api/access-tokens/mcp', base), {
    requestInit: { headers: { Authorization: `Bearer ${token}` } },
  });
  try {
    await client.connect(transport);
    report.pass(`an MCP client initializes with the token (protocol ${client.getNegotiatedProtocolVersion?.()})`);
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    report.check(
      ['whoami', 'list_article', 'create_article'].every((name) => names.includes(name)),
      `tools/list gives the token's tools (${names.length}, list_article among them)`,
      `tools/list answered ${names.join(', ') || 'no tools'}`
    );
    const listed = await client.callTool({ name: 'list_article', arguments: { pageSize: 1 } });
    report.check(
      !listed.isError && Array.isArray(listed.structuredContent?.results),
      'tools/call list_article answers documents',
      `tools/call list_article answered ${JSON.stringify(listed).slice(0, 300)}`
    );
  } catch (error) {
    report.fail(`the MCP client failed: ${error.message}`);
  } finally {
    await client.close().catch(() => undefined);
  }
};

module.exports = { checkMcp };
