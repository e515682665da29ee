import { screen } from '@testing-library/react';

import { renderWithProviders } from '../../__tests__/render';
import { ConnectAgentPanel } from '../ConnectAgentPanel';

const mcp = { enabled: true, url: 'https://cms.example.com/api/access-tokens/mcp' };
const TOKEN = 'sat_abcdefghijklmnopqrstuvwxyz0123456789';

describe('ConnectAgentPanel', () => {
  it('offers Claude Code, Cursor and VS Code set-ups with the endpoint URL and the token', async () => {
    const { user } = renderWithProviders(<ConnectAgentPanel mcp={mcp} token={TOKEN} />);
    for (const [tab, testId] of [
      ['Claude Code', 'mcp-setup-claude-code'],
      ['Cursor', 'mcp-setup-cursor'],
      ['VS Code', 'mcp-setup-vscode'],
    ]) {
      await user.click(screen.getByRole('tab', { name: tab }));
      const snippet = screen.getByTestId(testId);
      expect(snippet).toHaveTextContent(mcp.url);
      expect(snippet).toHaveTextContent(`Bearer ${TOKEN}`);
    }
  });

  it('without the token, says where to put it and never shows a value', () => {
    renderWithProviders(<ConnectAgentPanel mcp={mcp} />);
    expect(screen.getByTestId('mcp-setup-claude-code')).toHaveTextContent('Bearer $STRAPI_TOKEN');
    expect(screen.getByText(/STRAPI_TOKEN environment variable/)).toBeInTheDocument();
  });

  it('copies the set-up shown to the clipboard', async () => {
    const { user } = renderWithProviders(<ConnectAgentPanel mcp={mcp} token={TOKEN} />);
    // user-event replaces navigator.clipboard with a stub when it sets up; spy on that one.
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('tab', { name: 'Cursor' }));
    await user.click(screen.getByRole('button', { name: 'Copy set-up' }));
    const copied = writeText.mock.calls[0][0];
    expect(JSON.parse(copied).mcpServers.strapi).toEqual({
      url: mcp.url,
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('says so when copying fails', async () => {
    const { user } = renderWithProviders(<ConnectAgentPanel mcp={mcp} token={TOKEN} />);
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy set-up' }));
    expect(await screen.findByText(/copying failed/i)).toBeInTheDocument();
  });

  it('with MCP turned off, says so and offers no set-up', () => {
    renderWithProviders(<ConnectAgentPanel mcp={{ ...mcp, enabled: false }} token={TOKEN} />);
    expect(screen.getByText(/MCP endpoint is turned off/)).toHaveTextContent('mcp.enabled: false');
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy set-up' })).not.toBeInTheDocument();
  });
});
