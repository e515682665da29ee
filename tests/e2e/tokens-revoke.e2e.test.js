/**
 * Revoking a token: the dialog asks for its exact name, the content API refuses the value at once, and the audit log
 * shows who created and who revoked it.
 */
const assert = require('node:assert/strict');
const { describe } = require('node:test');

const { ADMIN, TOKENS_PAGE, adminSession, callMe, openSettings, signIn } = require('./session');

const TOKEN_NAME = 'Leaked e2e';

describe('revoking a token in the admin panel', { timeout: 300_000 }, () => {
  const { step, checkPageErrors } = adminSession('tokens-revoke');
  let accessKey;

  step('signs in, with a token the content API accepts', async ({ page, createToken }) => {
    await signIn(page);
    ({ accessKey } = await createToken({ name: TOKEN_NAME, accessLevel: 'read-only' }));
    assert.equal((await callMe(accessKey)).status, 200);
    await openSettings(page, TOKENS_PAGE);
  });

  step('revokes the token by typing its name', async ({ page, snap }) => {
    const row = page.getByRole('row').filter({ hasText: TOKEN_NAME });
    await row.getByRole('button', { name: `Revoke ${TOKEN_NAME}` }).click();
    const dialog = page.getByRole('alertdialog');
    const confirm = dialog.getByRole('button', { name: 'Revoke' });
    const input = dialog.getByLabel(`Type ${TOKEN_NAME} to confirm`);
    await input.fill(TOKEN_NAME.toLowerCase());
    assert.equal(await confirm.isDisabled(), true, 'Revoke is enabled before the exact name is typed');
    await input.fill(TOKEN_NAME);
    assert.equal(await confirm.isEnabled(), true, 'Revoke stays disabled after typing the exact name');
    await snap('revoke-dialog');
    await confirm.click();
    await page.getByText('Token revoked').first().waitFor();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Revoked').waitFor();
    assert.equal(await row.getByRole('button', { name: `Revoke ${TOKEN_NAME}` }).isDisabled(), true);
    await snap('tokens-list-revoked');
  });

  step('the content API refuses the revoked token', async () => {
    const res = await callMe(accessKey);
    assert.equal(res.status, 401, `GET /api/access-tokens/me answered ${res.status} after revoke`);
  });

  step('the audit log shows who created and who revoked it', async ({ page, snap }) => {
    await openSettings(page, {
      link: 'Audit log',
      url: /\/admin\/settings\/access-tokens-audit/,
      heading: 'Audit log',
    });
    // Exact texts: `hasText` would also match a "revokedAt" change in the creation row. The other files' tokens have
    // rows of their own, hence the token's link too.
    const row = (action) =>
      page
        .getByRole('row')
        .filter({ has: page.getByText(action, { exact: true }) })
        .filter({ has: page.getByRole('link', { name: TOKEN_NAME }) });
    await row('Revoked').getByText(`${ADMIN.firstname} ${ADMIN.lastname}`, { exact: true }).waitFor();
    await row('Created').waitFor();
    await snap('audit-log');
  });

  checkPageErrors();
});
