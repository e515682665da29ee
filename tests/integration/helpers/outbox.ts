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

export const recipientsOf = (mail: SentMail) =>
  ([] as string[]).concat(mail.to).map((address) => address.toLowerCase());
