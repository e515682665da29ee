import { screen } from '@testing-library/react';

import { makeToken } from '../../__tests__/fixtures';
import { renderWithProviders } from '../../__tests__/render';
import { ShowOnceDialog } from '../../tokens/ShowOnceDialog';
import { ConnectAgentSection } from '../ConnectAgent';

const MCP_URL = 'https://cms.example.com/api/access-tokens/mcp';
const mcp = { enabled: true, url: MCP_URL };
const token = { ...makeToken({ name: 'Agent' }), accessKey: 'sat_abcdefghijklmnopqrstuvwxyz0123456789' };

describe('Connect an AI agent', () => {
  it('the show-once dialog copies the Claude Code set-up with the endpoint URL and the token', async () => {
    const { user } = renderWithProviders(<ShowOnceDialog token={token} mcp={mcp} onClose={jest.fn()} />);
    // user-event replaces navigator.clipboard with a stub when it sets up; spy on that one.
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    expect(screen.getByRole('heading', { name: 'Connect an AI agent' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy set-up' }));
    expect(writeText).toHaveBeenCalledWith(
      `claude mcp add --transport http strapi ${MCP_URL} --header "Authorization: Bearer ${token.accessKey}"`
    );
    expect(screen.getByRole('button', { name: 'Copy token' })).toBeInTheDocument();
  });

  it('the show-once dialog says MCP is off when the config turned it off', () => {
    renderWithProviders(<ShowOnceDialog token={token} mcp={{ ...mcp, enabled: false }} onClose={jest.fn()} />);
    expect(screen.getByText(/MCP endpoint is turned off/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy set-up' })).not.toBeInTheDocument();
  });

  it('the token page shows the set-ups without the value, for an active token', () => {
    renderWithProviders(<ConnectAgentSection mcp={mcp} status="active" />);
    expect(screen.getByRole('heading', { name: 'Connect an AI agent' })).toBeInTheDocument();
    const claudeCode = screen.getByTestId('mcp-setup-claude-code');
    expect(claudeCode).toHaveTextContent(`${MCP_URL} --header "Authorization: Bearer $STRAPI_TOKEN"`);
  });

  it('the token page offers nothing for a token no agent can use, nor before the settings load', () => {
    renderWithProviders(<ConnectAgentSection mcp={mcp} status="revoked" />);
    renderWithProviders(<ConnectAgentSection mcp={null} status="active" />);
    expect(screen.queryByRole('heading', { name: 'Connect an AI agent' })).not.toBeInTheDocument();
  });
});
