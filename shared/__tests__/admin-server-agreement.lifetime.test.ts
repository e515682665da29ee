/**
 * The admin form bounds valid-to by the lifetime cap (`maxLifetimeDays`) as the server counts it
 * (shared/token-lifetime.ts): an edited token's life counts from its start, which moving valid-from later does not
 * restart.
 */
import fc from 'fast-check';

import { formMessages, tokenToForm, validateTokenForm } from '../../admin/src/utils/tokenForm';
import createTokenLifetimeService from '../../server/src/services/token-lifetime';

import type { AccessToken } from '../contracts/tokens';
import type { TokenRow } from '../../server/src/data/tokens';
import type { Core } from '@strapi/strapi';

const now = new Date('2030-01-01T12:00:00.000Z');

describe('admin form and server agree on the lifetime cap of an edited token, counted from its creation', () => {
  const DAY = 86_400_000;
  const maxLifetimeDays = 30;
  const strapi = { config: { get: () => ({ maxLifetimeDays }) } } as unknown as Core.Strapi;
  const lifetime = createTokenLifetimeService({ strapi });
  /** Days relative to `now`; null for no date. */
  const day = fc.option(fc.integer({ min: -40, max: 40 }), { nil: null });
  const at = (days: number | null) => (days === null ? null : new Date(now.getTime() + days * DAY));

  const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

  /** The server sees the dates the edit changes (an edit leaving both alone is not checked, on either side). */
  const serverAcceptsEdit = (row: TokenRow, validFrom: Date | null, validTo: Date | null) => {
    const input = {
      ...(same(validFrom, row.validFrom as Date | null) ? {} : { validFrom }),
      ...(same(validTo, row.validTo as Date | null) ? {} : { validTo }),
    };
    try {
      lifetime.assertUpdate(row, input, now);
      return true;
    } catch {
      return false;
    }
  };

  it('on any created, stored and picked dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 0 }), day, day, day, (created, storedFrom, from, to) => {
        const row = { createdAt: at(created), validFrom: at(storedFrom), validTo: null } as TokenRow;
        const token = {
          name: 'Edited',
          description: null,
          accessLevel: 'read-only',
          scopes: [],
          ipAllowlist: [],
          rateLimit: null,
          createdAt: (row.createdAt as Date).toISOString(),
          validFrom: (row.validFrom as Date | null)?.toISOString() ?? null,
          validTo: null,
        } as unknown as AccessToken;
        const initial = tokenToForm(token);
        const values = { ...initial, validFrom: at(from), validTo: at(to) };
        const errors = validateTokenForm(values, { now, initial, maxLifetimeDays });
        // The form's other rules (no newly picked past date; the schema's, in the server's words: validTo after
        // validFrom) are not the cap's.
        fc.pre(errors.validFrom === undefined && errors.validTo !== formMessages.past);
        fc.pre(typeof errors.validTo !== 'string');
        expect(errors.validTo === undefined).toBe(serverAcceptsEdit(row, values.validFrom, values.validTo));
      }),
      { numRuns: 2000 }
    );
  });
});
