/**
 * A fresh app: register the first admin, and find the plugin's pages empty. Its name sorts first: it must see the app
 * before the other files add an admin and tokens.
 */
const assert = require('node:assert/strict');
const { describe } = require('node:test');

const { TOKENS_PAGE, adminSession, fillRegistration, openAdmin, openSettings, submitAuth } = require('./session');

describe('first run of the admin panel', { timeout: 300_000 }, () => {
  const { step, checkPageErrors } = adminSession('first-run');

  step('registers the first admin', async ({ page, snap }) => {
    assert.equal(await openAdmin(page), 'register', 'the app already has an admin: this file must run first');
    await fillRegistration(page);
    await snap('register-admin');
    await submitAuth(page, "Let's start");
  });

  step('opens Settings -> Access Tokens -> Tokens, empty', async ({ page, snap }) => {
    await openSettings(page, TOKENS_PAGE);
    await page.getByText('No tokens yet').waitFor();
    await snap('tokens-empty');
  });

  step('opens Settings -> Access Tokens -> Hooks & deliveries, empty', async ({ page, snap }) => {
    await openSettings(page, {
      link: 'Hooks & deliveries',
      url: /\/admin\/settings\/access-tokens-hooks/,
      heading: 'Hooks & deliveries',
    });
    await page.getByText('No hooks yet').waitFor();
    await page.getByText('Nothing has been delivered yet.').waitFor();
    await snap('hooks-deliveries-empty');
  });

  checkPageErrors();
});
