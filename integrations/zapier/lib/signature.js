'use strict';

const crypto = require('crypto');

/** Standard Webhooks v1 verification of a delivery, with the secret the subscription answered with. */

/** Standard Webhooks' usual tolerance: a captured delivery cannot be replayed later than this. */
const TOLERANCE_SECONDS = 5 * 60;

/** Zapier hands raw headers over as `Http-Webhook-Id`; tests and other hosts may use `webhook-id`. */
const headerOf = (headers, name) => {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers || {})) {
    const normalized = key
      .toLowerCase()
      .replace(/^http[-_]/, '')
      .replace(/_/g, '-');
    if (normalized === wanted && value !== undefined && value !== null)
      return Array.isArray(value) ? value[0] : String(value);
  }
  return undefined;
};

const sign = (secret, id, timestamp, body) => {
  const key = Buffer.from(String(secret).replace(/^whsec_/, ''), 'base64');
  return crypto.createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64');
};

const safeEqual = (a, b) => {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && crypto.timingSafeEqual(left, right);
};

/** Why a raw request fails verification, or null when it is correctly signed and recent. Fails closed. */
const signatureProblem = ({ secret, headers, body, now = Date.now() }) => {
  if (typeof secret !== 'string' || secret === '') return 'the subscription has no signing secret';
  if (typeof body !== 'string') return 'the raw request body is missing';
  const id = headerOf(headers, 'webhook-id');
  const timestamp = headerOf(headers, 'webhook-timestamp');
  const signatures = headerOf(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures)
    return 'the webhook-id, webhook-timestamp or webhook-signature header is missing';
  if (!/^\d+$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > TOLERANCE_SECONDS)
    return 'the webhook-timestamp is too old or invalid';
  const expected = `v1,${sign(secret, id, timestamp, body)}`;
  const matches = signatures
    .split(' ')
    .some((candidate) => candidate.startsWith('v1,') && safeEqual(candidate, expected));
  return matches ? null : 'the webhook-signature does not match';
};

module.exports = { signatureProblem, headerOf, sign, TOLERANCE_SECONDS };
