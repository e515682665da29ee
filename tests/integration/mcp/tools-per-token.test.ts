import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';
import { CLIENT_KINDS, connect, toolNames } from './clients';

describe.each(CLIENT_KINDS)('MCP tools with the %s client', (kind) => {
  const suite = useApp();

  it('a read-only token sees list_ and get_ of every type, and whoami', async () => {
    const { value } = await createToken(suite, { name: `read-only ${kind}`, accessLevel: 'read-only' });
    const connection = await connect(suite.app.url, value, kind);
    try {
      expect(await toolNames(connection)).toEqual([
        'get_article',
        'get_category',
        'get_homepage',
        'list_article',
        'list_category',
        'whoami',
      ]);
    } finally {
      await connection.close();
    }
  });
});
