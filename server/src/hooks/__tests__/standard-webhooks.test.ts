import { buildWebhookHeaders, generateWebhookSecret, signPayload, verifySignature } from '../standard-webhooks';

// Test vector of the Standard Webhooks specification.
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const timestamp = 1614265330;
const body = '{"test": 2432232314}';
const signature = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
const now = new Date(timestamp * 1000);

describe('generateWebhookSecret', () => {
  it('is whsec_ + base64 of 32 bytes, different each time', () => {
    const value = generateWebhookSecret();
    expect(value).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(value.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(value);
  });
});

describe('signPayload', () => {
  it('matches the specification test vector', () => {
    expect(signPayload({ secret, id, timestamp, body })).toBe(signature);
    expect(signPayload({ secret, id, timestamp: String(timestamp), body })).toBe(signature);
  });

  it('changes with every input', () => {
    expect(signPayload({ secret, id, timestamp, body: '{"test":2432232314}' })).not.toBe(signature);
    expect(signPayload({ secret, id: `${id}x`, timestamp, body })).not.toBe(signature);
    expect(signPayload({ secret, id, timestamp: timestamp + 1, body })).not.toBe(signature);
    expect(signPayload({ secret: generateWebhookSecret(), id, timestamp, body })).not.toBe(signature);
  });

  it('signs unicode bodies as UTF-8 and round-trips them', () => {
    const fresh = generateWebhookSecret();
    const unicode = '{"title":"Crème brûlée 🍮"}';
    const header = signPayload({ secret: fresh, id, timestamp, body: unicode });
    expect(verifySignature({ secret: fresh, id, timestamp, body: unicode, signatureHeader: header, now })).toBe(true);
    expect(
      verifySignature({
        secret: fresh,
        id,
        timestamp,
        body: '{"title":"Creme brulee 🍮"}',
        signatureHeader: header,
        now,
      })
    ).toBe(false);
  });

  it('refuses an empty secret', () => {
    expect(() => signPayload({ secret: 'whsec_', id, timestamp, body })).toThrow();
  });

  it('builds the three delivery headers', () => {
    expect(buildWebhookHeaders({ secrets: [secret], id, timestamp, body })).toEqual({
      'webhook-id': id,
      'webhook-timestamp': '1614265330',
      'webhook-signature': signature,
    });
  });

  it('signs with every secret given, space-separated in that order, each verifying on its own', () => {
    const previous = generateWebhookSecret();
    const header = buildWebhookHeaders({ secrets: [secret, previous], id, timestamp, body })['webhook-signature'];
    expect(header).toBe(`${signature} ${signPayload({ secret: previous, id, timestamp, body })}`);
    expect(verifySignature({ secret, id, timestamp, body, signatureHeader: header, now })).toBe(true);
    expect(verifySignature({ secret: previous, id, timestamp, body, signatureHeader: header, now })).toBe(true);
    expect(
      verifySignature({ secret: generateWebhookSecret(), id, timestamp, body, signatureHeader: header, now })
    ).toBe(false);
  });

  it('refuses to build headers without a secret', () => {
    expect(() => buildWebhookHeaders({ secrets: [], id, timestamp, body })).toThrow(/at least one/);
  });
});

describe('verifySignature', () => {
  const base = { secret, id, timestamp, body, now };

  it('accepts the test vector', () => {
    expect(verifySignature({ ...base, signatureHeader: signature })).toBe(true);
  });

  it('accepts a matching signature among several', () => {
    const header = `v1,bm9wZQ== v2,whatever ${signature}`;
    expect(verifySignature({ ...base, signatureHeader: header })).toBe(true);
  });

  it('refuses wrong, truncated, re-versioned or missing signatures', () => {
    expect(verifySignature({ ...base, signatureHeader: signature.slice(0, -2) + 'A=' })).toBe(false);
    expect(verifySignature({ ...base, signatureHeader: signature.slice(0, -1) })).toBe(false);
    expect(verifySignature({ ...base, signatureHeader: signature.replace('v1,', 'v2,') })).toBe(false);
    expect(verifySignature({ ...base, signatureHeader: signature.slice(3) })).toBe(false);
    expect(verifySignature({ ...base, signatureHeader: '' })).toBe(false);
    expect(verifySignature({ ...base, signatureHeader: null })).toBe(false);
  });

  it('refuses a tampered body', () => {
    expect(verifySignature({ ...base, body: '{"test": 2432232315}', signatureHeader: signature })).toBe(false);
  });

  it('enforces the tolerance in both directions', () => {
    const at = (seconds: number) => new Date((timestamp + seconds) * 1000);
    expect(verifySignature({ ...base, now: at(300), signatureHeader: signature })).toBe(true);
    expect(verifySignature({ ...base, now: at(301), signatureHeader: signature })).toBe(false);
    expect(verifySignature({ ...base, now: at(-301), signatureHeader: signature })).toBe(false);
    expect(verifySignature({ ...base, now: at(1000), toleranceSeconds: 1000, signatureHeader: signature })).toBe(true);
  });

  it('refuses a malformed timestamp', () => {
    expect(verifySignature({ ...base, timestamp: '1614265330.0', signatureHeader: signature })).toBe(false);
    expect(verifySignature({ ...base, timestamp: '', signatureHeader: signature })).toBe(false);
  });
});
