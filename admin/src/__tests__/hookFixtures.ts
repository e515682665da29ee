import type { AdminHookSubscription, HookDelivery } from '../../../shared/contracts/hooks';

export const makeSubscription = (overrides: Partial<AdminHookSubscription> = {}): AdminHookSubscription => ({
  id: 1,
  tokenId: 7,
  tokenName: 'Zapier',
  event: 'entry.create',
  contentType: null,
  targetUrl: 'https://hooks.example.com/a',
  failingSince: null,
  consecutiveFailures: 0,
  disabledAt: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  ...overrides,
});

export const makeDelivery = (overrides: Partial<HookDelivery> = {}): HookDelivery => ({
  id: 1,
  subscriptionId: 1,
  tokenId: 7,
  webhookId: 'msg_1',
  event: 'entry.create',
  contentType: 'api::article.article',
  targetUrl: 'https://hooks.example.com/a',
  status: 'succeeded',
  attempts: 1,
  attemptLog: [],
  nextAttemptAt: null,
  lastStatusCode: 200,
  lastError: null,
  deliveredAt: '2024-01-02T00:00:00.000Z',
  createdAt: '2024-01-02T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z',
  ...overrides,
});
