/**
 * The token lifecycle through the real admin panel: register the first admin, create a read-only token, copy it from
 * the show-once dialog, call the content API with it, revoke it by typing its name, and see the API refuse it.
 * Run by `npm run test:e2e` (scripts/e2e.js), which starts tests/app and sets E2E_BASE_URL.
 */
const assert = require('node:assert/strict');
const { after, before, describe, it } = require('node:test');

const { WIDE, createScreenshotter, launchBrowser } = require('./browser');

const baseUrl = process.env.E2E_BASE_URL;
const artifactsDir = process.env.E2E_ARTIFACTS_DIR;
const TOKEN_NAME = 'Zapier e2e';
const EXPIRING_NAME = 'Expiring e2e';
const DAY_MS = 24 * 60 * 60 * 1000;
const ADMIN = { firstname: 'Ada', lastname: 'Lovelace', email: 'ada@example.com', password: 'E2e-Passw0rd' };

const callMe = (accessKey) =>
  fetch(`${baseUrl}/api/access-tokens/me`, { headers: { Authorization: `Bearer ${accessKey}` } });

describe('access tokens in the admin panel', { timeout: 300_000 }, () => {
  let browser;
  let page;
  let snap;
  let accessKey;
  let broken = false;
  const pageErrors = [];
  const consoleProblems = [];

  /** Each step needs the ones before it: after a failure the rest are skipped, not failed in cascade. */
  const step = (name, fn) =>
    it(name, async (t) => {
      if (broken) return t.skip('an earlier step failed');
      try {
        await fn();
      } catch (error) {
        broken = true;
        await page?.screenshot({ path: `${artifactsDir}/failure.png` }).catch(() => {});
        throw error;
      }
    });

  /** The admin API with the logged-in admin's session, for what the test needs but does not look at. */
  const adminApi = (method, path, body) =>
    page.evaluate(
      async ({ method, path, body }) => {
        const stored = localStorage.getItem('jwtToken') ?? sessionStorage.getItem('jwtToken');
        const cookie = document.cookie.match(/(?:^|; )jwtToken=([^;]+)/);
        const jwt = stored ? JSON.parse(stored) : decodeURIComponent(cookie?.[1] ?? '');
        const res = await fetch(path, {
          method,
          headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
          body: body && JSON.stringify(body),
        });
        return { status: res.status, body: await res.json() };
      },
      { method, path, body }
    );

  /** The table's columns fit its box: nothing to scroll sideways. */
  const tableOverflow = () =>
    page
      .locator('table')
      .first()
      .evaluate((table) => ({
        table: table.scrollWidth - table.clientWidth,
        container: table.parentElement.scrollWidth - table.parentElement.clientWidth,
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));

  /** Strapi's own announcement banner is not part of the plugin: closed, when shown, for clearer screenshots. */
  const dismissMediaLibraryBanner = async () => {
    const banner = page.getByText('Introducing the new Media Library');
    const shown = await banner.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false
    );
    if (shown) await page.getByRole('button', { name: 'Close the banner' }).click();
  };

  before(async () => {
    assert.ok(baseUrl, 'E2E_BASE_URL is not set: run `npm run test:e2e`');
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: WIDE, locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        consoleProblems.push({ text: message.text(), path: new URL(page.url()).pathname });
      }
    });
    snap = createScreenshotter(page, artifactsDir);
  });

  after(async () => {
    if (consoleProblems.length) {
      console.log(`Browser console errors and warnings (${consoleProblems.length}):`);
      const lines = new Set(consoleProblems.map(({ text, path }) => `${path}: ${text.slice(0, 300)}`));
      for (const line of lines) console.log(`  - ${line}`);
    }
    await browser?.close();
  });

  step('registers the first admin', async () => {
    await page.goto(`${baseUrl}/admin`);
    await page.waitForURL(/\/admin\/auth\/register-admin/);
    await page.locator('input[name="firstname"]').fill(ADMIN.firstname);
    await page.locator('input[name="lastname"]').fill(ADMIN.lastname);
    await page.locator('input[name="email"]').fill(ADMIN.email);
    await page.locator('input[name="password"]').fill(ADMIN.password);
    await page.locator('input[name="confirmPassword"]').fill(ADMIN.password);
    await snap('register-admin');
    await page.getByRole('button', { name: "Let's start" }).click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
    await dismissMediaLibraryBanner();
  });

  step('opens Settings -> Access Tokens -> Tokens', async () => {
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.waitForURL(/\/admin\/settings/);
    const section = page.getByRole('navigation').filter({ hasText: 'Access Tokens' });
    await section.getByRole('link', { name: 'Tokens', exact: true }).click();
    await page.waitForURL(/\/admin\/settings\/access-tokens/);
    await page.getByRole('heading', { name: 'Access Tokens', level: 1 }).waitFor();
    await page.getByText('No tokens yet').waitFor();
    await snap('tokens-empty');
  });

  step('creates a read-only token', async () => {
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

  step('shows the token once and copies it', async () => {
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
    for (let i = 0; i < 3; i += 1) assert.equal((await callMe(accessKey)).status, 200);
  });

  step('marks a token that expires soon, and filters on it', async () => {
    const validTo = new Date(Date.now() + 3 * DAY_MS).toISOString();
    const created = await adminApi('POST', '/access-tokens/tokens', {
      name: EXPIRING_NAME,
      accessLevel: 'read-write',
      validTo,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    // In-app steps, no reload: a fresh load of the admin on this page makes Strapi itself warn about useRBAC.
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

  step('shows the requests of the last 24 hours, and the list fits a 1280 px window', async () => {
    const row = page.getByRole('row').filter({ hasText: TOKEN_NAME });
    // The list was fetched again when the filter was reset; the four calls are counted even before a flush.
    await row.locator('td').nth(4).getByText('4', { exact: true }).waitFor();
    assert.deepEqual(
      await tableOverflow(),
      { table: 0, container: 0, page: 0 },
      'the token list scrolls sideways at 1280 px'
    );
    await snap('tokens-list');
  });

  step('shows the token detail page, with its last use and usage chart', async () => {
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

  step('the Zapier button opens the plugin’s Zapier guide when no Zapier URL is configured', async () => {
    await page.getByRole('link', { name: 'Zapier' }).click();
    await page.waitForURL(/\/admin\/settings\/access-tokens\/zapier$/);
    await page.getByRole('heading', { name: 'Connect Zapier', level: 1 }).waitFor();
    await page.getByText('Connect Zapier with an access token').waitFor();
    await page.getByText('see docs/hooks.md for the routes').waitFor();
    await snap('zapier-guide');
    await page.goBack();
    await page.getByRole('row').filter({ hasText: TOKEN_NAME }).waitFor();
  });

  step('filters the list by name as you type', async () => {
    const search = page.getByPlaceholder('Search by name');
    await search.fill('no such token');
    await page.getByText('No token matches these filters.').waitFor();
    await snap('tokens-filtered-empty');
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.getByRole('row').filter({ hasText: TOKEN_NAME }).waitFor();
    assert.equal(await search.inputValue(), '');
  });

  step('finds the token by its pasted value, which reaches no URL', async () => {
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

  step('revokes the token by typing its name', async () => {
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

  step('opens Settings -> Access Tokens -> Hooks & deliveries', async () => {
    const section = page.getByRole('navigation').filter({ hasText: 'Access Tokens' });
    await section.getByRole('link', { name: 'Hooks & deliveries', exact: true }).click();
    await page.waitForURL(/\/admin\/settings\/access-tokens-hooks/);
    await page.getByRole('heading', { name: 'Hooks & deliveries', level: 1 }).waitFor();
    await page.getByText('No hooks yet').waitFor();
    await page.getByText('Nothing has been delivered yet.').waitFor();
    await snap('hooks-deliveries-empty');
  });

  step('opens Settings -> Access Tokens -> Audit log', async () => {
    const section = page.getByRole('navigation').filter({ hasText: 'Access Tokens' });
    await section.getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.waitForURL(/\/admin\/settings\/access-tokens-audit/);
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    // Exact texts: `hasText` would also match a "revokedAt" change in the creation row.
    const row = (action) => page.getByRole('row').filter({ has: page.getByText(action, { exact: true }) });
    await row('Revoked').getByRole('link', { name: TOKEN_NAME }).waitFor();
    await row('Revoked').getByText(`${ADMIN.firstname} ${ADMIN.lastname}`, { exact: true }).waitFor();
    await row('Created').getByRole('link', { name: TOKEN_NAME }).waitFor();
    await snap('audit-log');
  });

  step('the page raised no uncaught errors', async () => {
    assert.deepEqual(pageErrors, []);
    const ours = consoleProblems.filter(({ path }) => path.startsWith('/admin/settings/access-tokens'));
    const deprecations = ours.filter(({ text }) => text.includes('useRBAC'));
    assert.deepEqual(deprecations, [], 'useRBAC warned on the plugin pages');
  });
});
