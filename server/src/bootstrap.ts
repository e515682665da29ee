import type { Core } from '@strapi/strapi';

import { registerPermissionActions } from './permissions';
import { getPluginConfig, getService } from './utils';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissionActions(strapi);
  getService('clientAddress', { strapi }).warnIfUnbounded();
  getService('hookSender', { strapi }).warnIfProxyUnusable();
  getService('rateLimiter', { strapi }).start();
  await getService('provisioning', { strapi }).syncConfiguredTokens();
  await getService('keyMigration', { strapi }).resealHookSecrets();
  if (getPluginConfig(strapi).cache.enabled) {
    await getService('authenticator', { strapi }).startRevocationPolling();
  }
  await getService('hookContentTypes', { strapi }).load();
  getService('hookEnqueuer', { strapi }).start();
  getService('hookDispatcher', { strapi }).start();
  getService('usage', { strapi }).start();
  getService('expiryWarnings', { strapi }).start();
  getService('auditRetention', { strapi }).start();
};
