import { resolve } from 'node:path';

import { APP_DIR } from './app';

export interface SentMail {
  to: string | string[];
  subject: string;
  text?: string;
  html?: string;
}

// The in-memory email provider tests/app is configured with: the same module instance Strapi loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { outbox } = require(resolve(APP_DIR, 'providers/email-outbox.js')) as { outbox: SentMail[] };

/** Polls `find` until it returns something or the deadline passes; then returns its last answer. */
export const waitFor = async <T>(
  find: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 5000
): Promise<T | undefined> => {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((done) => setTimeout(done, 50))) {
    const found = await find();
    if (found) return found;
  }
  return find();
};

export const recipientsOf = (mail: SentMail) =>
  ([] as string[]).concat(mail.to).map((address) => address.toLowerCase());
