/**
 * Connecting an AI agent: the show-once dialog's Claude Code set-up, copied, holds the MCP endpoint's URL and the new
 * token, and that URL answers an MCP client with that token; the token page offers the set-ups without the value.
 */
const assert = require('node:assert/strict');
const { describe } = require('node:test');

const { TOKENS_PAGE, adminSession, openSettings, signIn } = require('./session');

const TOKEN_NAME = 'Agent e2e';
const MCP_URL = `${process.env.E2E_BASE_URL}/api/access-tokens/mcp`;

/** An MCP `initialize` (2025-06-18), as any Streamable HTTP client sends it first. */
const initialize = (url, accessKey) =>
  fetch(url, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${accessKey}`,
      'Content-Type': 'application/json',
      Accept: 'application/json, text/event-stream',
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'e2e', version: '1.0.0' } },
    }),
  });

describe('connecting an AI agent from the admin panel', { timeout: 300_000 }, () => {
  const { step, checkPageErrors } = adminSession('mcp-connect');
  let accessKey;
  let copied;

  step('signs in and creates a token', async ({ page }) => {
    await signIn(page);
    await openSettings(page, TOKENS_PAGE);
    await page.getByRole('button', { name: 'Create token' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Create token' }).waitFor();
    await dialog.getByLabel('Name').first().fill(TOKEN_NAME);
    await dialog.getByRole('combobox', { name: 'Access level' }).click();
    await page.getByRole('option', { name: 'Read only' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
  });

  step('copies the Claude Code set-up from the show-once dialog', async ({ page, snap }) => {
    const dialog = page.getByRole('dialog');
    await dialog.getByText('it will not be shown again').waitFor();
    accessKey = (await dialog.getByTestId('access-key').innerText()).trim();
    await dialog.getByRole('heading', { name: 'Connect an AI agent' }).waitFor();
    assert.equal(await dialog.getByRole('tab', { name: 'Claude Code' }).getAttribute('aria-selected'), 'true');

    await dialog.getByRole('button', { name: 'Copy set-up' }).click();
    await dialog.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(
      copied,
      `claude mcp add --transport http strapi ${MCP_URL} --header "Authorization: Bearer ${accessKey}"`
    );
    await snap('show-once-dialog-mcp');
  });

  step('the copied URL and token answer an MCP client', async () => {
    const [, url] = copied.match(/ strapi (\S+) --header/);
    const res = await initialize(url, accessKey);
    assert.equal(res.status, 200, `initialize answered ${res.status}`);
    const body = await res.json();
    assert.equal(body.result.serverInfo.name, 'strapi-access-tokens');
  });

  step('the token page offers the set-ups without the value', async ({ page, snap }) => {
    await page.getByRole('dialog').getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('row').filter({ hasText: TOKEN_NAME }).getByText(TOKEN_NAME, { exact: true }).click();
    await page.getByRole('heading', { name: TOKEN_NAME, level: 1 }).waitFor();
    const setup = page.getByTestId('mcp-setup-claude-code');
    assert.equal(
      (await setup.innerText()).trim(),
      `claude mcp add --transport http strapi ${MCP_URL} --header "Authorization: Bearer $STRAPI_TOKEN"`
    );
    assert.ok(!(await page.content()).includes(accessKey), 'the token page shows the token value');
    await setup.scrollIntoViewIfNeeded();
    await snap('token-page-mcp');
  });

  checkPageErrors();
});
