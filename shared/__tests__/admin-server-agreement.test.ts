/**
 * The admin form judges a token's fields with the API's own schemas, and the server adds the rules only it can apply
 * (known scopes, the prefix, the clock): the form must accept exactly what the server accepts, and say what the
 * server would say, or an admin meets a 400 the form said nothing about (or a refusal the server would not make).
 */
import fc from 'fast-check';

import { emptyTokenForm, formFieldOf, validateTokenForm, type TokenFormValues } from '../../admin/src/utils/tokenForm';
import { parseInput } from '../../server/src/validation/parse';
import { createTokenBody } from '../../server/src/validation/tokens';
import { randomBase62 } from '../base62';

import type { IssueDetail } from '../contracts/issues';

const now = new Date('2030-01-01T12:00:00.000Z');
const context = { knownScopes: new Set<string>(), prefix: 'sat_', now };

type Field = keyof TokenFormValues;

/** The server's first message about the form's `field` in its answer to `body`; undefined when it has none. */
const serverSays = async (body: Record<string, unknown>, field: Field) => {
  try {
    await parseInput(createTokenBody(context), { name: 'Agreement', accessLevel: 'read-only', ...body });
    return undefined;
  } catch (error) {
    const details = (error as { details: { errors: IssueDetail[] } }).details.errors;
    return details.find(({ path }) => formFieldOf(path) === field)?.message;
  }
};

/** What the form shows beside `field` for a new token: the server's words, or the id of its own message. */
const formSays = (values: Partial<TokenFormValues>, field: Field) => {
  const error = validateTokenForm({ ...emptyTokenForm(), name: 'Agreement', ...values }, { now })[field];
  return typeof error === 'object' ? error.id : error;
};

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
    expect(formSays({ ipAllowlist: entry }, 'ipAllowlist')).toBe(
      await serverSays({ ipAllowlist: [entry] }, 'ipAllowlist')
    );
  });

  it('on any allowlist, up to more entries than it may hold', async () => {
    const entries = fc.oneof(fc.array(ipText, { maxLength: 4 }), fc.array(ipText, { minLength: 99, maxLength: 102 }));
    await fc.assert(
      fc.asyncProperty(entries, async (list) => {
        // The form trims each line and skips empty ones: the server gets the others.
        const sent = list.filter((entry) => entry.length > 0);
        expect(formSays({ ipAllowlist: list.join('\n') }, 'ipAllowlist')).toBe(
          await serverSays({ ipAllowlist: sent }, 'ipAllowlist')
        );
      }),
      { numRuns: 500 }
    );
  });

  /** Text around the characters the rule is about, and those next to them that it leaves alone. */
  const textUnit = fc.oneof(
    fc.constantFrom('\t', '\n', '\r', '\u0000', '\u001B', '\u007F', '\u0085', '\u009F', '\u2028', '\u2029'),
    fc.constantFrom('\u202A', '\u202E', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C', '\u00A0', '\uFEFF', ' '),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 })
  );
  const text = fc.array(textUnit, { maxLength: 12 }).map((units) => units.join(''));
  /** Names around the bounds too: blank, 100 characters and more. */
  const long = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 97, max: 103 }));
  const anyName = fc.oneof(
    text,
    long.map(([spaces, length]) => `${' '.repeat(spaces)}${'n'.repeat(length)} `)
  );

  it('on any name', async () => {
    await fc.assert(
      fc.asyncProperty(anyName, async (name) => {
        // The form sends the trimmed name (formToInput).
        expect(formSays({ name }, 'name')).toBe(await serverSays({ name: name.trim() }, 'name'));
      }),
      { numRuns: 1000 }
    );
  });

  it('on the characters of any description', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (description) => {
        // The form sends the trimmed text, or null for none (formToInput).
        const sent = description.trim() || null;
        expect(formSays({ description }, 'description')).toBe(await serverSays({ description: sent }, 'description'));
      }),
      { numRuns: 1000 }
    );
  });

  it('on any rate limit, given in both fields, one or neither', async () => {
    const bound = fc.constantFrom(0, 1, 60, 86_400, 86_401, 1_000_000, 1_000_001);
    const amount = fc.option(
      fc.oneof(bound, fc.integer({ min: -2, max: 2_000_000 }), fc.double({ min: -1, max: 1e5, noNaN: true })),
      { nil: null }
    );
    await fc.assert(
      fc.asyncProperty(amount, amount, async (limit, windowSeconds) => {
        // Both empty: no rate limit is sent (a new token gets the configured default).
        const rateLimit = { ...(limit !== null && { limit }), ...(windowSeconds !== null && { windowSeconds }) };
        const body = limit === null && windowSeconds === null ? {} : { rateLimit };
        const values = { rateLimitLimit: limit, rateLimitWindow: windowSeconds };
        for (const field of ['rateLimitLimit', 'rateLimitWindow'] as const)
          expect(formSays(values, field)).toBe(await serverSays(body, field));
      }),
      { numRuns: 1000 }
    );
  });

  it('on whether any custom token value is accepted (each says why in its own words)', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.stringMatching(/^[A-Za-z0-9_.-]{28,40}$/),
      fc.integer({ min: 28, max: 260 }).map((length) => randomBase62(length))
    );
    await fc.assert(
      fc.asyncProperty(value, async (accessKey) => {
        const formAccepts = formSays({ useCustomKey: true, accessKey }, 'accessKey') === undefined;
        expect(formAccepts).toBe((await serverSays({ accessKey }, 'accessKey')) === undefined);
      }),
      { numRuns: 500 }
    );
  });
});
