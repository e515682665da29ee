import type { AccessToken, CreateTokenInput } from '../../../shared/contracts/tokens';

/** What the create form sends for a token named Zapier with every other field left as it is. */
export const ZAPIER_TOKEN_INPUT = {
  name: 'Zapier',
  description: null,
  accessLevel: 'read-only',
  scopes: [],
  ipAllowlist: [],
  validFrom: null,
  validTo: null,
} satisfies CreateTokenInput;

export const makeToken = (overrides: Partial<AccessToken> = {}): AccessToken => ({
  id: 1,
  ...ZAPIER_TOKEN_INPUT,
  permissions: null,
  rateLimit: null,
  maskedKey: 'sat_…a1b2',
  status: 'active',
  expiresSoon: false,
  previousKeyExpiresAt: null,
  revokedAt: null,
  archivedAt: null,
  lastUsedAt: null,
  lastUsedIp: null,
  lastUsedUserAgent: null,
  lastRefusal: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  createdBy: { id: 1, firstname: 'Ada', lastname: 'Lovelace', email: 'ada@example.com' },
  provisionedFrom: null,
  ...overrides,
});

export const ALL_PERMISSIONS = { canCreate: true, canUpdate: true, canRevoke: true, canDelete: true };
export const NO_PERMISSIONS = { canCreate: false, canUpdate: false, canRevoke: false, canDelete: false };
