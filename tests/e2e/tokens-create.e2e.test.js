/**
 * Creating a token through the Settings form: the form, the show-once dialog and its copy button, and the content API
 * accepting the copied value.
 */
const assert = require('node:assert/strict');
const { describe } = require('node:test');

const { TOKENS_PAGE, adminSession, callMe, openSettings, signIn } = require('./session');

const TOKEN_NAME = 'Zapier e2e';

describe('creating a token in the admin panel', { timeout: 300_000 }, () => {
  const { step, checkPageErrors } = adminSession('tokens-create');
  let accessKey;

  step('signs in and opens the tokens page', async ({ page }) => {
    await signIn(page);
    await openSettings(page, TOKENS_PAGE);
  });

  step('creates a read-only token', async ({ page, snap }) => {
    await page.getByRole('button', { name: 'Create token' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Create token' }).waitFor();
    const save = dialog.getByRole('button', { name: 'Save' });
    assert.equal(await save.isDisabled(), true, 'Save is enabled before the name is filled');
    await snap('create-dialog-empty');

    await dialog.getByLabel('Name').first().fill(TOKEN_NAME);
    await dialog.getByLabel('Description').fill('Created by the e2e test');
    await dialog.getByRole('combobox', { name: 'Access level' }).click();
    await page.getByRole('option', { name: 'Read only' }).click();
    await dialog.getByLabel('Rate limit: requests').fill('100');
    await dialog.getByLabel('Per window of (seconds)').fill('60');
    assert.equal(await save.isEnabled(), true, 'Save stays disabled with valid fields');
    await snap('create-dialog-filled');
    await save.click();
  });

  step('shows the token once and copies it', async ({ page, snap }) => {
    const dialog = page.getByRole('dialog');
    await dialog.getByText('it will not be shown again').waitFor();
    accessKey = (await dialog.getByTestId('access-key').innerText()).trim();
    assert.match(accessKey, /^sat_\S{20,}$/, `unexpected token value: ${accessKey}`);

    await dialog.getByRole('button', { name: 'Copy token' }).click();
    await dialog.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, accessKey, 'the clipboard does not hold the token shown in the dialog');
    await snap('show-once-dialog');

    await dialog.getByRole('button', { name: 'I have copied it' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: TOKEN_NAME });
    await row.waitFor();
    assert.match(await row.innerText(), /active/i);
    assert.ok(!(await row.innerText()).includes(accessKey), 'the list shows the full token value');
  });

  step('the content API accepts the token', async () => {
    const res = await callMe(accessKey);
    assert.equal(res.status, 200, `GET /api/access-tokens/me answered ${res.status}`);
    const body = await res.json();
    assert.equal(body.data.name, TOKEN_NAME);
    assert.equal(body.data.accessLevel, 'read-only');
  });

  checkPageErrors();
});
