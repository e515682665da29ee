import { addWebhooks, webhooksCatalog } from '../webhooks';

const catalog = webhooksCatalog();

describe('addWebhooks', () => {
  it('uses the webhooks section of OpenAPI 3.1 and later', () => {
    for (const openapi of ['3.1.0', '3.2.0']) {
      const document: Record<string, unknown> = { openapi };
      addWebhooks(document, catalog);
      expect(Object.keys(document)).toEqual(['openapi', 'webhooks']);
    }
  });

  it('uses the x-webhooks extension before 3.1, and keeps entries already there', () => {
    const document: Record<string, unknown> = { openapi: '3.0.0', 'x-webhooks': { mine: {} } };
    addWebhooks(document, catalog);
    expect(Object.keys(document['x-webhooks'] as object)).toEqual([
      'mine',
      'entry.create',
      'entry.update',
      'entry.delete',
      'entry.publish',
      'entry.unpublish',
    ]);
    expect(document).not.toHaveProperty('webhooks');
  });
});
