/**
 * What the e2e files share. Each file is one feature's scenario in a browser of its own, signed in to the admin of
 * the one tests/app that scripts/e2e.js starts, and makes the tokens it needs; files run one at a time, in name order.
 */
const assert = require('node:assert/strict');
const { after, before, it } = require('node:test');

const { WIDE, createScreenshotter, launchBrowser } = require('./browser');

const baseUrl = process.env.E2E_BASE_URL;
const artifactsDir = process.env.E2E_ARTIFACTS_DIR;
const ADMIN = { firstname: 'Ada', lastname: 'Lovelace', email: 'ada@example.com', password: 'E2e-Passw0rd' };

const callMe = (accessKey) =>
  fetch(`${baseUrl}/api/access-tokens/me`, { headers: { Authorization: `Bearer ${accessKey}` } });

/** Strapi's own announcement banner is not part of the plugin: closed, when shown, for clearer screenshots. */
const dismissMediaLibraryBanner = async (page) => {
  const banner = page.getByText('Introducing the new Media Library');
  const shown = await banner.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false
  );
  if (shown) await page.getByRole('button', { name: 'Close the banner' }).click();
};

/**
 * Opens the admin, which asks for the first admin's registration on a fresh app and for a login afterwards. On a
 * fresh app it shows /auth/login for a moment before it knows there is no admin yet: wait for a form's button.
 */
const openAdmin = async (page) => {
  await page.goto(`${baseUrl}/admin`);
  const register = page.getByRole('button', { name: "Let's start" });
  await register.or(page.getByRole('button', { name: 'Login' })).waitFor();
  return (await register.isVisible()) ? 'register' : 'login';
};

const fillRegistration = async (page) => {
  for (const field of ['firstname', 'lastname', 'email', 'password'])
    await page.locator(`input[name="${field}"]`).fill(ADMIN[field]);
  await page.locator('input[name="confirmPassword"]').fill(ADMIN.password);
};

const submitAuth = async (page, button) => {
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
  await dismissMediaLibraryBanner(page);
};

/** Signs in as ADMIN; registers it when the app has no admin yet (a file run on its own). */
const signIn = async (page) => {
  if ((await openAdmin(page)) === 'register') {
    await fillRegistration(page);
    return submitAuth(page, "Let's start");
  }
  await page.locator('input[name="email"]').fill(ADMIN.email);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  return submitAuth(page, 'Login');
};

/**
 * Settings -> Access Tokens -> `link`, in the app: a fresh load of a plugin page makes Strapi itself warn about
 * useRBAC, which the last check of each file would take for the plugin's.
 */
const openSettings = async (page, { link, url, heading }) => {
  if (!new URL(page.url()).pathname.startsWith('/admin/settings')) {
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.waitForURL(/\/admin\/settings/);
  }
  const section = page.getByRole('navigation').filter({ hasText: 'Access Tokens' });
  await section.getByRole('link', { name: link, exact: true }).click();
  await page.waitForURL(url);
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
};

const TOKENS_PAGE = { link: 'Tokens', url: /\/admin\/settings\/access-tokens/, heading: 'Access Tokens' };

/**
 * The browser of one file, opened before its steps and closed after them. `group` prefixes its screenshots. Each
 * step gets the session: `page`, `snap(name)` and `adminApi(method, path, body)`.
 */
const adminSession = (group) => {
  const session = { page: undefined, snap: undefined, pageErrors: [], consoleProblems: [] };
  let broken = false;

  before(async () => {
    assert.ok(baseUrl, 'E2E_BASE_URL is not set: run `npm run test:e2e`');
    session.browser = await launchBrowser();
    const context = await session.browser.newContext({ viewport: WIDE, locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => session.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        session.consoleProblems.push({ text: message.text(), path: new URL(page.url()).pathname });
      }
    });
    session.page = page;
    session.snap = createScreenshotter(page, artifactsDir, group);
  });

  after(async () => {
    if (session.consoleProblems.length) {
      console.log(`Browser console errors and warnings in ${group} (${session.consoleProblems.length}):`);
      const lines = new Set(session.consoleProblems.map(({ text, path }) => `${path}: ${text.slice(0, 300)}`));
      for (const line of lines) console.log(`  - ${line}`);
    }
    await session.browser?.close();
  });

  /** The admin API with the signed-in admin's session, for what a step needs but does not look at. */
  session.adminApi = (method, path, body) =>
    session.page.evaluate(
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

  /** A token made through the admin API: its fields and, this once, its value (`accessKey`). */
  session.createToken = async (body) => {
    const created = await session.adminApi('POST', '/access-tokens/tokens', body);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.data;
  };

  /** Each step needs the ones before it: after a failure the rest are skipped, not failed in cascade. */
  const step = (name, fn) =>
    it(name, async (t) => {
      if (broken) return t.skip('an earlier step failed');
      try {
        await fn(session);
      } catch (error) {
        broken = true;
        await session.page?.screenshot({ path: `${artifactsDir}/failure-${group}.png` }).catch(() => {});
        throw error;
      }
    });

  /** The last step of each file: no uncaught error, and no useRBAC deprecation on the plugin's pages. */
  const checkPageErrors = () =>
    step('the page raised no uncaught errors', async ({ pageErrors, consoleProblems }) => {
      assert.deepEqual(pageErrors, []);
      const ours = consoleProblems.filter(({ path }) => path.startsWith('/admin/settings/access-tokens'));
      const deprecations = ours.filter(({ text }) => text.includes('useRBAC'));
      assert.deepEqual(deprecations, [], 'useRBAC warned on the plugin pages');
    });

  return { step, checkPageErrors };
};

module.exports = {
  ADMIN,
  TOKENS_PAGE,
  adminSession,
  artifactsDir,
  callMe,
  fillRegistration,
  openAdmin,
  openSettings,
  signIn,
  submitAuth,
};
