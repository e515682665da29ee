import { startApp, type TestApp } from './helpers/app';
import { createClient } from './helpers/http';

describe('GET /api/access-tokens/me', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers 401 in Strapi error shape without a token', async () => {
    const response = await createClient(app.url).get('/api/access-tokens/me');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ data: null, error: { status: 401, name: 'UnauthorizedError' } });
  });
});
