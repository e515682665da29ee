/**
 * A custom token made through the permissions matrix of the Settings form: actions ticked per content type, a field
 * unticked, a locale unticked; then the content API does exactly what was ticked, and the list and the detail page
 * say so.
 */
const assert = require('node:assert/strict');
const { describe } = require('node:test');

const { TOKENS_PAGE, adminSession, openSettings, signIn } = require('./session');

const TOKEN_NAME = 'Custom e2e';
const baseUrl = process.env.E2E_BASE_URL;

/** The content API with a token: `{ status, body }` (body null when not JSON). */
const contentApi = async (accessKey, method, path, data) => {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${accessKey}`, 'Content-Type': 'application/json' },
    body: data && JSON.stringify({ data }),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
};

const expectStatus = (res, status, what) => assert.equal(res.status, status, `${what}: ${JSON.stringify(res.body)}`);

describe('a custom token made through the permissions matrix', { timeout: 600_000 }, () => {
  const { step, checkPageErrors } = adminSession('tokens-custom');
  let accessKey;
  const content = {};

  step('signs in; the app has a second locale, an article and a page in each locale', async (session) => {
    const { page, adminApi, createToken } = session;
    await signIn(page);
    const locales = await adminApi('GET', '/i18n/locales');
    if (!locales.body.some((locale) => locale.code === 'fr')) {
      const created = await adminApi('POST', '/i18n/locales', { name: 'French (fr)', code: 'fr', isDefault: false });
      assert.equal(created.status, 200, JSON.stringify(created.body));
    }
    const writer = await createToken({ name: 'Custom e2e writer', accessLevel: 'read-write' });
    const article = { title: 'Matrix article', body: 'Not for this token' };
    expectStatus(await contentApi(writer.accessKey, 'POST', '/api/articles?status=published', article), 201, 'article');
    expectStatus(await contentApi(writer.accessKey, 'POST', '/api/pages', { title: 'English page' }), 201, 'en page');
    const french = await contentApi(writer.accessKey, 'POST', '/api/pages?locale=fr', { title: 'Page française' });
    expectStatus(french, 201, 'fr page');
    content.frenchPage = french.body.data.documentId;
    await openSettings(page, TOKENS_PAGE);
  });

  step('chooses Custom and ticks Find and Find one on Article and Page', async ({ page, snap }) => {
    await page.getByRole('button', { name: 'Create token' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').first().fill(TOKEN_NAME);
    await dialog.getByRole('combobox', { name: 'Access level' }).click();
    await page.getByRole('option', { name: 'Custom' }).click();
    const matrix = dialog.getByRole('group', { name: 'Permissions' });
    await matrix.getByRole('button', { name: 'Article', exact: true }).waitFor();
    for (const type of ['Article', 'Page']) {
      for (const action of ['Find', 'Find one'])
        await matrix.getByRole('checkbox', { name: `${action} ${type}` }).click();
    }
    assert.equal(await matrix.getByRole('checkbox', { name: 'Create Article' }).isChecked(), false);
    await matrix.scrollIntoViewIfNeeded();
    await snap('matrix-collapsed');
  });

  step('opens Article and unticks reading its body', async ({ page, snap }) => {
    const matrix = page.getByRole('dialog').getByRole('group', { name: 'Permissions' });
    await matrix.getByRole('button', { name: 'Article', exact: true }).click();
    const fields = matrix.getByRole('group', { name: 'Fields' });
    const readBody = fields.getByRole('checkbox', { name: 'Read body' });
    assert.equal(await readBody.isChecked(), true, 'every field starts readable');
    await readBody.click();
    assert.equal(await readBody.isChecked(), false);
    assert.equal(await fields.getByRole('checkbox', { name: 'Read title' }).isChecked(), true);
    await matrix.getByRole('button', { name: 'Article', exact: true }).scrollIntoViewIfNeeded();
    await snap('article-fields');
  });

  step('opens Page and unticks French', async ({ page, snap }) => {
    const matrix = page.getByRole('dialog').getByRole('group', { name: 'Permissions' });
    await matrix.getByRole('button', { name: 'Page', exact: true }).click();
    const locales = matrix.getByRole('group', { name: 'Locales' });
    await locales.getByRole('checkbox', { name: 'French (fr)' }).click();
    assert.equal(await locales.getByRole('checkbox', { name: 'French (fr)' }).isChecked(), false);
    assert.equal(await locales.getByRole('checkbox', { name: /^English \(en\)/ }).isChecked(), true);
    await matrix.getByRole('button', { name: 'Page', exact: true }).scrollIntoViewIfNeeded();
    await snap('page-fields-and-locales');
    await locales.scrollIntoViewIfNeeded();
    await snap('page-locales');
  });

  step('saves, and shows the token once', async ({ page, snap }) => {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('it will not be shown again').waitFor();
    accessKey = (await dialog.getByTestId('access-key').innerText()).trim();
    assert.match(accessKey, /^sat_\S{20,}$/, `unexpected token value: ${accessKey}`);
    await snap('show-once-dialog');
    await dialog.getByRole('button', { name: 'I have copied it' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  step('the list sums the permissions up', async ({ page, snap }) => {
    const row = page.getByRole('row').filter({ hasText: TOKEN_NAME });
    await row.getByText('2 types, 4 actions, field rules, locale rules').waitFor();
    await snap('list-summary');
  });

  step('the detail page lists the rules', async ({ page, snap }) => {
    await page.getByRole('row').filter({ hasText: TOKEN_NAME }).getByText(TOKEN_NAME, { exact: true }).click();
    await page.getByRole('heading', { name: TOKEN_NAME, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Permissions' }).waitFor();
    // The history's rows name the types too: the permissions' rows are the ones their name starts.
    const article = page.getByRole('row', { name: /^Article / });
    await article.getByText('Find, Find one').waitFor();
    assert.equal(await article.innerText().then((text) => text.includes('body')), false, 'body is listed as read');
    await page
      .getByRole('row', { name: /^Page / })
      .getByText('English (en)')
      .waitFor();
    const overflow = await page
      .locator('table')
      .filter({ hasText: 'Fields read' })
      .evaluate((table) => table.parentElement.scrollWidth - table.parentElement.clientWidth);
    assert.equal(overflow, 0, 'the permissions table scrolls sideways at 1280 px');
    await page.getByRole('heading', { name: 'Permissions' }).scrollIntoViewIfNeeded();
    await snap('token-detail');
  });

  step('the content API does what was ticked, and nothing else', async () => {
    const articles = await contentApi(accessKey, 'GET', '/api/articles');
    expectStatus(articles, 200, 'GET /api/articles');
    assert.ok(articles.body.data.length > 0, 'no article listed');
    for (const entry of articles.body.data) {
      assert.equal('body' in entry, false, `body left the server: ${JSON.stringify(entry)}`);
      assert.equal(typeof entry.title, 'string');
    }
    expectStatus(await contentApi(accessKey, 'GET', '/api/articles?fields[0]=body'), 400, 'selecting body');
    expectStatus(await contentApi(accessKey, 'POST', '/api/articles', { title: 'Refused' }), 403, 'POST /api/articles');
    expectStatus(await contentApi(accessKey, 'GET', '/api/categories'), 403, 'GET /api/categories');

    expectStatus(await contentApi(accessKey, 'GET', '/api/pages'), 200, 'GET /api/pages (default locale)');
    const french = await contentApi(accessKey, 'GET', '/api/pages?locale=fr');
    expectStatus(french, 403, 'GET /api/pages?locale=fr');
    const frenchPage = await contentApi(accessKey, 'GET', `/api/pages/${content.frenchPage}?locale=fr`);
    expectStatus(frenchPage, 403, 'GET a French page');
  });

  checkPageErrors();
});
