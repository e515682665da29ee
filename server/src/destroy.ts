import type { Core } from '@strapi/strapi';

import { getService } from './utils';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  getService('authenticator', { strapi }).stop();
  await getService('rateLimiter', { strapi }).stop();
  await getService('leakReports', { strapi }).stop();
  await getService('expiryWarnings', { strapi }).stop();
  await getService('auditRetention', { strapi }).stop();
  // Queue what the merge window still holds, then hand running deliveries back before the database closes.
  await getService('hookEnqueuer', { strapi }).stop();
  await getService('hookDispatcher', { strapi }).stop();
  // After the dispatcher, whose last outcomes count deliveries.
  await getService('usage', { strapi }).stop();
};
