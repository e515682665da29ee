import { Webhook } from 'standardwebhooks';

import { buildWebhookHeaders, generateWebhookSecret, signPayload } from '../standard-webhooks';

// Test vector of the Standard Webhooks specification.
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const timestamp = 1614265330;
const body = '{"test": 2432232314}';
const signature = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';

/** Whether the reference library (`standardwebhooks`) accepts a signature made now, as a receiver would check it. */
const libraryVerifies = (key: string, payload: string, signatureHeader: string, at: number) => {
  try {
    new Webhook(key).verify(payload, {
      'webhook-id': id,
      'webhook-timestamp': String(at),
      'webhook-signature': signatureHeader,
    });
    return true;
  } catch {
    return false;
  }
};
const nowSeconds = () => Math.floor(Date.now() / 1000);

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

  it('signs unicode bodies as UTF-8, as the reference library verifies them', () => {
    const fresh = generateWebhookSecret();
    const unicode = '{"title":"Crème brûlée 🍮"}';
    const at = nowSeconds();
    const header = signPayload({ secret: fresh, id, timestamp: at, body: unicode });
    expect(libraryVerifies(fresh, unicode, header, at)).toBe(true);
    expect(libraryVerifies(fresh, '{"title":"Creme brulee 🍮"}', header, at)).toBe(false);
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
    const at = nowSeconds();
    const fresh = buildWebhookHeaders({ secrets: [secret, previous], id, timestamp: at, body })['webhook-signature'];
    expect(libraryVerifies(secret, body, fresh, at)).toBe(true);
    expect(libraryVerifies(previous, body, fresh, at)).toBe(true);
    expect(libraryVerifies(generateWebhookSecret(), body, fresh, at)).toBe(false);
  });

  it('refuses to build headers without a secret', () => {
    expect(() => buildWebhookHeaders({ secrets: [], id, timestamp, body })).toThrow(/at least one/);
  });
});
