'use strict';

const crypto = require('crypto');

const { sign, signatureProblem, TOLERANCE_SECONDS } = require('../lib/signature');

/** A correctly signed delivery, `ageSeconds` old, as a receiver gets it. */
const delivery = ({ ageSeconds = 0, secret = `whsec_${crypto.randomBytes(32).toString('base64')}` } = {}) => {
  const now = Date.now();
  const timestamp = String(Math.floor(now / 1000) - ageSeconds);
  const body = JSON.stringify({ id: 'msg_1', event: 'entry.create', entry: { id: 1 } });
  const headers = {
    'webhook-id': 'msg_1',
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${sign(secret, 'msg_1', timestamp, body)}`,
  };
  return { secret, headers, body, now };
};

describe('signatureProblem (fails closed)', () => {
  it('accepts a correctly signed, recent delivery, with Zapier-style header names too', () => {
    const signed = delivery();
    expect(signatureProblem(signed)).toBeNull();
    const zapierHeaders = Object.fromEntries(
      Object.entries(signed.headers).map(([name, value]) => [`Http-${name}`, value])
    );
    expect(signatureProblem({ ...signed, headers: zapierHeaders })).toBeNull();
  });

  it('uses a five-minute tolerance, both ways', () => {
    expect(TOLERANCE_SECONDS).toBe(300);
    expect(signatureProblem(delivery({ ageSeconds: 299 }))).toBeNull();
    expect(signatureProblem(delivery({ ageSeconds: 301 }))).toMatch(/timestamp/);
    expect(signatureProblem(delivery({ ageSeconds: 3000 }))).toMatch(/timestamp/);
    expect(signatureProblem(delivery({ ageSeconds: -301 }))).toMatch(/timestamp/);
  });

  it.each([
    ['no secret', (signed) => ({ ...signed, secret: undefined }), /secret/],
    ['an empty secret', (signed) => ({ ...signed, secret: '' }), /secret/],
    ['no raw body', (signed) => ({ ...signed, body: undefined }), /body/],
    ['no headers', (signed) => ({ ...signed, headers: undefined }), /header is missing/],
    [
      'no signature header',
      (signed) => ({ ...signed, headers: { ...signed.headers, 'webhook-signature': undefined } }),
      /header is missing/,
    ],
    [
      'an empty signature header',
      (signed) => ({ ...signed, headers: { ...signed.headers, 'webhook-signature': '' } }),
      /header is missing/,
    ],
    [
      'a signature of another version',
      (signed) => ({
        ...signed,
        headers: { ...signed.headers, 'webhook-signature': signed.headers['webhook-signature'].replace('v1,', 'v1a,') },
      }),
      /does not match/,
    ],
    [
      'a forged body',
      (signed) => ({ ...signed, body: signed.body.replace('entry.create', 'entry.delete') }),
      /does not match/,
    ],
    [
      'another secret',
      (signed) => ({ ...signed, secret: `whsec_${crypto.randomBytes(32).toString('base64')}` }),
      /does not match/,
    ],
    [
      'a timestamp that is not a number',
      (signed) => ({ ...signed, headers: { ...signed.headers, 'webhook-timestamp': 'now' } }),
      /timestamp/,
    ],
  ])('refuses a delivery with %s', (_, change, reason) => {
    expect(signatureProblem(change(delivery()))).toMatch(reason);
  });
});
