/** A token's detail page: its last use (address and user agent), its rate limit, its history and its usage chart. */
const assert = require('node:assert/strict');
const { describe } = require('node:test');

const { TOKENS_PAGE, adminSession, artifactsDir, callMe, openSettings, signIn } = require('./session');

const TOKEN_NAME = 'Detailed e2e';

describe('a token’s detail page in the admin panel', { timeout: 300_000 }, () => {
  const { step, checkPageErrors } = adminSession('tokens-detail');

  step('signs in, with a rate-limited token used four times', async ({ page, createToken }) => {
    await signIn(page);
    const rateLimit = { limit: 100, windowSeconds: 60 };
    const { accessKey } = await createToken({ name: TOKEN_NAME, accessLevel: 'read-only', rateLimit });
    for (let i = 0; i < 4; i += 1) assert.equal((await callMe(accessKey)).status, 200);
    await openSettings(page, TOKENS_PAGE);
  });

  step('shows the token detail page, with its last use and usage chart', async ({ page, snap }) => {
    await page.getByRole('row').filter({ hasText: TOKEN_NAME }).getByText(TOKEN_NAME, { exact: true }).click();
    await page.getByRole('heading', { name: TOKEN_NAME, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.getByText('Last used from').waitFor();
    await page.getByText('127.0.0.1', { exact: true }).waitFor();
    await page.getByText('Last user agent').waitFor();
    await page.getByText('100 requests per 60 s').waitFor();

    const usage = page.getByTestId('usage-panel');
    await page.getByRole('img', { name: /per day/ }).waitFor();
    const successful = usage.locator('[data-testid="usage-totals"] [data-series="success"]');
    assert.equal((await successful.innerText()).trim(), '4', 'the chart does not count the four calls');
    assert.equal(await page.locator('[data-testid="usage-day"]').count(), 30);
    assert.equal(
      await page.locator('[data-testid="usage-day"]').last().locator('rect[data-series="success"]').count(),
      1
    );
    await snap('token-detail');
    await usage.screenshot({ path: `${artifactsDir}/docs-usage-chart.png` });
    await page.goBack();
    await page.getByRole('row').filter({ hasText: TOKEN_NAME }).waitFor();
  });

  checkPageErrors();
});
