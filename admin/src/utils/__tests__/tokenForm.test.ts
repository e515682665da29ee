import { generateAccessKey } from '../generateAccessKey';
import { emptyTokenForm, validateTokenForm } from '../tokenForm';

const now = new Date('2030-01-01T12:00:00.000Z');
const valid = { ...emptyTokenForm(), name: 'CI' };
/** The form's own messages by id, the schemas' (the server's words) as they are. */
const ids = (errors: ReturnType<typeof validateTokenForm>) =>
  Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field, typeof message === 'string' ? message : message?.id])
  );

describe('validateTokenForm', () => {
  it('accepts a named token with no dates', () => {
    expect(validateTokenForm(valid, { now })).toEqual({});
  });

  it('refuses past dates on create', () => {
    const errors = validateTokenForm(
      { ...valid, validFrom: new Date('2029-12-31T00:00:00Z'), validTo: new Date('2030-01-01T11:59:00Z') },
      { now }
    );
    expect(ids(errors)).toEqual({
      validFrom: 'access-tokens.tokens.form.error.past',
      validTo: 'access-tokens.tokens.form.error.past',
    });
  });

  it('keeps an edited token its unchanged past date, but refuses a newly picked one', () => {
    const initial = { ...valid, validFrom: new Date('2020-01-01T00:00:00Z') };
    expect(validateTokenForm({ ...initial }, { now, initial })).toEqual({});
    expect(
      ids(validateTokenForm({ ...initial, validFrom: new Date('2021-01-01T00:00:00Z') }, { now, initial }))
    ).toEqual({ validFrom: 'access-tokens.tokens.form.error.past' });
  });

  it('refuses an empty or over-long name in the server’s words', () => {
    expect(ids(validateTokenForm({ ...valid, name: '  ' }, { now }))).toEqual({ name: 'name must not be empty' });
    expect(ids(validateTokenForm({ ...valid, name: 'n'.repeat(101) }, { now }))).toEqual({
      name: 'name must hold at most 100 characters',
    });
    expect(validateTokenForm({ ...valid, name: 'n'.repeat(100) }, { now })).toEqual({});
  });

  it('refuses control characters in the name and the description, judging the trimmed text it sends', () => {
    expect(ids(validateTokenForm({ ...valid, name: 'ci\r\nBcc: x@y', description: 'a\u202Eb' }, { now }))).toEqual({
      name: 'name must not contain line breaks, tabs or other control characters (found U+000D)',
      description: 'description must not contain tabs or control characters other than line breaks (found U+202E)',
    });
    expect(validateTokenForm({ ...valid, name: 'CI\n', description: '\tfirst\nsecond\n' }, { now })).toEqual({});
  });

  it('requires valid to after valid from', () => {
    const from = new Date('2031-01-01T00:00:00Z');
    expect(ids(validateTokenForm({ ...valid, validFrom: from, validTo: from }, { now }))).toEqual({
      validTo: 'validTo must be after validFrom',
    });
    expect(
      validateTokenForm({ ...valid, validFrom: from, validTo: new Date('2031-01-02T00:00:00Z') }, { now })
    ).toEqual({});
  });

  it.each(['10.0.0.1', '10.0.0.0/8', '2001:db8::/32', '::1'])('accepts %s in the allowlist', (line) => {
    expect(validateTokenForm({ ...valid, ipAllowlist: line }, { now })).toEqual({});
  });

  it.each([
    '10.0.0.0/33',
    '300.1.1.1',
    'example.com',
    ':::::',
    '1:2:3',
    '::1::2',
    '2001:db8::/129',
    'fe80::1%eth0',
    '01.2.3.4',
  ])('refuses %s in the allowlist', (line) => {
    expect(ids(validateTokenForm({ ...valid, ipAllowlist: `10.0.0.0/8\n\n${line}` }, { now }))).toEqual({
      ipAllowlist: 'ipAllowlist.1 must be an IPv4 or IPv6 address or CIDR range',
    });
  });

  it('refuses more than 100 allowlist entries', () => {
    const entries = (count: number) => Array.from({ length: count }, (_, i) => `10.0.${i}.0/24`).join('\n');
    expect(validateTokenForm({ ...valid, ipAllowlist: entries(100) }, { now })).toEqual({});
    expect(ids(validateTokenForm({ ...valid, ipAllowlist: entries(101) }, { now }))).toEqual({
      ipAllowlist: 'ipAllowlist must hold at most 100 items',
    });
  });

  it.each([
    [100, null, { rateLimitWindow: 'rateLimit.windowSeconds is required' }],
    [null, 60, { rateLimitLimit: 'rateLimit.limit is required' }],
    [
      0,
      86_401,
      {
        rateLimitLimit: 'rateLimit.limit must be at least 1',
        rateLimitWindow: 'rateLimit.windowSeconds must be at most 86400',
      },
    ],
    [
      1_000_001,
      1.5,
      {
        rateLimitLimit: 'rateLimit.limit must be at most 1000000',
        rateLimitWindow: 'rateLimit.windowSeconds must be an integer',
      },
    ],
    [1_000_000, 86_400, {}],
    [null, null, {}],
  ])('judges a rate limit of %p per %p seconds as the server does', (rateLimitLimit, rateLimitWindow, expected) => {
    expect(ids(validateTokenForm({ ...valid, rateLimitLimit, rateLimitWindow }, { now }))).toEqual(expected);
  });

  it('applies the shared custom-value rule only when a custom value is asked for', () => {
    const custom = (accessKey: string) => ids(validateTokenForm({ ...valid, useCustomKey: true, accessKey }, { now }));
    expect(custom(generateAccessKey())).toEqual({});
    expect(custom('vR3kQ9zL7mT2wX8pN4bF6hJ1cY5sD0gA')).toEqual({}); // 32 characters
    expect(custom('Short-key-123')).toEqual({ accessKey: 'access-tokens.tokens.form.error.keyTooShort' });
    expect(custom(generateAccessKey(257))).toEqual({ accessKey: 'access-tokens.tokens.form.error.keyTooLong' });
    expect(custom(`${generateAccessKey()} `)).toEqual({ accessKey: 'access-tokens.tokens.form.error.keyCharset' });
    expect(custom('password1password1password1password1')).toEqual({
      accessKey: 'access-tokens.tokens.form.error.keyWeak',
    });
    for (const patterned of [
      'qazwsxedcrfvtgbyhnujmikolp1234567890',
      'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6',
      '1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16',
    ]) {
      expect(custom(patterned)).toEqual({ accessKey: 'access-tokens.tokens.form.error.keyPatterned' });
    }
    expect(validateTokenForm({ ...valid, useCustomKey: false, accessKey: 'weak' }, { now })).toEqual({});
  });

  it('under a maximum lifetime, requires valid to within that many days of valid from (or now)', () => {
    const options = { now, maxLifetimeDays: 30 };
    expect(ids(validateTokenForm(valid, options))).toEqual({
      validTo: 'access-tokens.tokens.form.error.lifetimeRequired',
    });
    expect(validateTokenForm({ ...valid, validTo: new Date('2030-01-31T12:00:00Z') }, options)).toEqual({});
    expect(ids(validateTokenForm({ ...valid, validTo: new Date('2030-01-31T12:01:00Z') }, options))).toEqual({
      validTo: 'access-tokens.tokens.form.error.lifetimeTooLong',
    });
    const later = { ...valid, validFrom: new Date('2030-06-01T00:00:00Z'), validTo: new Date('2030-07-01T00:00:00Z') };
    expect(validateTokenForm(later, options)).toEqual({});
  });

  it('under a maximum lifetime, leaves alone an edited token whose dates did not change', () => {
    const initial = { ...valid };
    expect(validateTokenForm({ ...initial, name: 'Renamed' }, { now, initial, maxLifetimeDays: 30 })).toEqual({});
  });
});
