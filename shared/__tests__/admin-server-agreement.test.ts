/**
 * The admin form and the server apply one rule each for the IP allowlist, a custom token value and the characters of
 * a name or description: the form must
 * accept exactly what the server accepts, or an admin meets a 400 the form said nothing about (or a refusal the
 * server would not make).
 */
import fc from 'fast-check';

import { emptyTokenForm, formMessages, tokenToForm, validateTokenForm } from '../../admin/src/utils/tokenForm';
import createTokenLifetimeService from '../../server/src/services/token-lifetime';
import { createTokenBody } from '../../server/src/validation/tokens';
import { randomBase62 } from '../base62';

import type { AccessToken } from '../contracts/tokens';
import type { TokenRow } from '../../server/src/data/tokens';
import type { Core } from '@strapi/strapi';

const now = new Date('2030-01-01T12:00:00.000Z');
const catalog = { subjects: new Map(), locales: [], refusal: () => null };
const context = { knownScopes: new Set<string>(), prefix: 'sat_', now, catalog };

const serverAccepts = (body: Record<string, unknown>) =>
  createTokenBody(context)
    .safeParseAsync({ name: 'Agreement', accessLevel: 'read-only', ...body })
    .then(({ success }) => success);

const formAccepts = (
  values: Partial<ReturnType<typeof emptyTokenForm>>,
  field: 'ipAllowlist' | 'accessKey' | 'name' | 'description'
) => !(field in validateTokenForm({ ...emptyTokenForm(), name: 'Agreement', ...values }, { now }));

const ipText = fc.oneof(
  fc.stringMatching(/^[0-9a-fA-F:.%/]{0,20}$/),
  fc.ipV4().map((ip) => ip),
  fc.ipV6(),
  fc
    .tuple(fc.oneof(fc.ipV4(), fc.ipV6(), fc.ipV4Extended()), fc.integer({ min: -1, max: 140 }))
    .map(([ip, bits]) => `${ip}/${bits}`)
);

describe('admin form and server agree', () => {
  it.each([
    ':::::',
    '1:2:3',
    '::1::2',
    '01.2.3.4',
    '10.0.0.0/8',
    '::ffff:10.0.0.0/104',
    '2001:db8::/32',
    'fe80::1%eth0',
  ])('on the allowlist entry %s', async (entry) => {
    expect(formAccepts({ ipAllowlist: entry }, 'ipAllowlist')).toBe(await serverAccepts({ ipAllowlist: [entry] }));
  });

  it('on any allowlist entry', async () => {
    await fc.assert(
      fc.asyncProperty(ipText, async (entry) => {
        // The form trims each line and skips empty ones: compare what it would send.
        const line = entry.trim();
        fc.pre(line.length > 0 && !line.includes('\n'));
        expect(formAccepts({ ipAllowlist: line }, 'ipAllowlist')).toBe(await serverAccepts({ ipAllowlist: [line] }));
      }),
      { numRuns: 2000 }
    );
  });

  /** Text around the characters the rule is about, and those next to them that it leaves alone. */
  const textUnit = fc.oneof(
    fc.constantFrom('\t', '\n', '\r', '\u0000', '\u001B', '\u007F', '\u0085', '\u009F', '\u2028', '\u2029'),
    fc.constantFrom('\u202A', '\u202E', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C', '\u00A0', '\uFEFF', ' '),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 })
  );
  const text = fc.array(textUnit, { maxLength: 12 }).map((units) => units.join(''));

  it.each(['name', 'description'] as const)('on the characters of any %s', async (field) => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        // The form sends the trimmed text (formToInput); blank and over-long names are rules of their own.
        const sent = value.trim();
        fc.pre(field === 'description' || (sent.length > 0 && sent.length <= 100));
        expect(formAccepts({ [field]: value }, field)).toBe(await serverAccepts({ [field]: sent }));
      }),
      { numRuns: 1000 }
    );
  });

  it('on any custom token value', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.stringMatching(/^[A-Za-z0-9_.-]{28,40}$/),
      fc.integer({ min: 28, max: 260 }).map((length) => randomBase62(length))
    );
    await fc.assert(
      fc.asyncProperty(value, async (accessKey) => {
        expect(formAccepts({ useCustomKey: true, accessKey }, 'accessKey')).toBe(await serverAccepts({ accessKey }));
      }),
      { numRuns: 500 }
    );
  });

  describe('on the lifetime cap of an edited token, counted from its creation', () => {
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
          // The form's other rules (no newly picked past date, validTo after validFrom) are not the cap's.
          fc.pre(errors.validFrom === undefined && errors.validTo !== formMessages.past);
          fc.pre(errors.validTo !== formMessages.validToBeforeFrom);
          expect(errors.validTo === undefined).toBe(serverAcceptsEdit(row, values.validFrom, values.validTo));
        }),
        { numRuns: 2000 }
      );
    });
  });
});
