/**
 * The token list: the expiring-soon mark and filter, the requests of the last 24 hours, a width without sideways
 * scrolling, the name filter, the lookup by a pasted value (which reaches no URL) and the Zapier button.
 */
const assert = require('node:assert/strict');
const { describe } = require('node:test');

const { TOKENS_PAGE, adminSession, callMe, openSettings, signIn } = require('./session');

const TOKEN_NAME = 'Listed e2e';
const EXPIRING_NAME = 'Expiring e2e';
const DAY_MS = 24 * 60 * 60 * 1000;

describe('the token list in the admin panel', { timeout: 300_000 }, () => {
  const { step, checkPageErrors } = adminSession('tokens-list');
  let accessKey;

  /** The table's columns fit its box: nothing to scroll sideways. */
  const tableOverflow = (page) =>
    page
      .locator('table')
      .first()
      .evaluate((table) => ({
        table: table.scrollWidth - table.clientWidth,
        container: table.parentElement.scrollWidth - table.parentElement.clientWidth,
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));

  step('signs in, with a token used four times and one that ends in three days', async ({ page, createToken }) => {
    await signIn(page);
    ({ accessKey } = await createToken({ name: TOKEN_NAME, accessLevel: 'read-only' }));
    for (let i = 0; i < 4; i += 1) assert.equal((await callMe(accessKey)).status, 200);
    const validTo = new Date(Date.now() + 3 * DAY_MS).toISOString();
    await createToken({ name: EXPIRING_NAME, accessLevel: 'read-write', validTo });
    await openSettings(page, TOKENS_PAGE);
  });

  step('marks a token that expires soon, and filters on it', async ({ page }) => {
    const expiring = page.getByRole('row').filter({ hasText: EXPIRING_NAME });
    const row = page.getByRole('row').filter({ hasText: TOKEN_NAME });
    await page.getByRole('checkbox', { name: 'Expires soon' }).click();
    await page.waitForURL(/expiresSoon=true/);
    await expiring.getByText('Expires soon').waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await row.waitFor();
    await expiring.waitFor();
    assert.equal(await row.getByText('Expires soon').count(), 0, 'a token without an end date is marked as expiring');
  });

  step('shows the requests of the last 24 hours, and the list fits a 1280 px window', async ({ page, snap }) => {
    const row = page.getByRole('row').filter({ hasText: TOKEN_NAME });
    // The four calls are counted even before the usage counts are flushed to the database.
    await row.locator('td').nth(4).getByText('4', { exact: true }).waitFor();
    assert.deepEqual(
      await tableOverflow(page),
      { table: 0, container: 0, page: 0 },
      'the token list scrolls sideways at 1280 px'
    );
    await snap('tokens-list');
  });

  step('filters the list by name as you type', async ({ page, snap }) => {
    const search = page.getByPlaceholder('Search by name');
    await search.fill('no such token');
    await page.getByText('No token matches these filters.').waitFor();
    await snap('tokens-filtered-empty');
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.getByRole('row').filter({ hasText: TOKEN_NAME }).waitFor();
    assert.equal(await search.inputValue(), '');
  });

  step('finds the token by its pasted value, which reaches no URL', async ({ page }) => {
    const urls = [];
    const onRequest = (request) => urls.push(request.url());
    const onNavigation = (frame) => urls.push(frame.url());
    page.on('request', onRequest);
    page.on('framenavigated', onNavigation);
    try {
      const field = page.getByPlaceholder('Paste a token value');
      const lookup = page.waitForRequest(
        (request) => request.method() === 'POST' && request.url().endsWith('/access-tokens/tokens/lookup')
      );
      await field.fill(accessKey);
      assert.equal((await lookup).postDataJSON().accessKey, accessKey);
      await page.getByRole('row').filter({ hasText: TOKEN_NAME }).waitFor();
      await field.fill(accessKey.slice(0, -1));
      await page.getByText('No token matches these filters.').waitFor();
      await page.getByRole('button', { name: 'Reset filters' }).click();
      await page.getByRole('row').filter({ hasText: TOKEN_NAME }).waitFor();
      urls.push(page.url());
      const leaked = urls.filter((url) => url.includes(accessKey.slice(0, -1)) || url.includes('accessKey'));
      assert.deepEqual(leaked, [], 'a URL holds the token value');
    } finally {
      page.off('request', onRequest);
      page.off('framenavigated', onNavigation);
    }
  });

  step('the Zapier button opens the plugin’s Zapier guide when no Zapier URL is configured', async ({ page, snap }) => {
    await page.getByRole('link', { name: 'Zapier' }).click();
    await page.waitForURL(/\/admin\/settings\/access-tokens\/zapier$/);
    await page.getByRole('heading', { name: 'Connect Zapier', level: 1 }).waitFor();
    await page.getByText('Connect Zapier with an access token').waitFor();
    await page.getByText('see docs/hooks.md for the routes').waitFor();
    await snap('zapier-guide');
    await page.goBack();
    await page.getByRole('row').filter({ hasText: TOKEN_NAME }).waitFor();
  });

  checkPageErrors();
});
