import type { Core } from '@strapi/strapi';

import { getService } from './utils';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  getService('authenticator', { strapi }).stop();
  await getService('rateLimiter', { strapi }).stop();
  await getService('leakReports', { strapi }).stop();
  await getService('expiryWarnings', { strapi }).stop();
  await getService('auditRetention', { strapi }).stop();
  // Queue what the merge window still holds, then hand running deliveries back before the database closes.
  await getService('hookEvents', { strapi }).stop();
  await getService('hookWorker', { strapi }).stop();
  // After the worker, whose last outcomes count deliveries.
  await getService('usage', { strapi }).stop();
};
