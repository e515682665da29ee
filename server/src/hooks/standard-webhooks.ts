import { createHmac, randomBytes } from 'node:crypto';

import type { WebhookHeaders } from '../../../shared/contracts/webhook-headers';

/** Standard Webhooks (https://www.standardwebhooks.com) signing, version v1 (HMAC-SHA256). */

export const WEBHOOK_SECRET_PREFIX = 'whsec_';

export interface SignInput {
  secret: string;
  id: string;
  timestamp: number | string;
  body: string;
}

/** Several secrets sign a delivery during a rotation: the receiver may hold either. */
export interface HeadersInput extends Omit<SignInput, 'secret'> {
  secrets: readonly string[];
}

const secretKey = (secret: string): Buffer => {
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0) {
    throw new Error('Webhook secret is empty or not base64');
  }
  return key;
};

/** `whsec_` + base64 of 32 random bytes. */
export const generateWebhookSecret = (): string => WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64');

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the base64-decoded secret. */
export const signPayload = ({ secret, id, timestamp, body }: SignInput): string => {
  const mac = createHmac('sha256', secretKey(secret)).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
};

/** The three headers of a delivery; one space-separated `v1,` signature per secret, in the order given. */
export const buildWebhookHeaders = ({ secrets, ...input }: HeadersInput): WebhookHeaders => {
  if (secrets.length === 0) throw new Error('A delivery needs at least one signing secret');
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(input.timestamp),
    'webhook-signature': secrets.map((secret) => signPayload({ ...input, secret })).join(' '),
  };
};
