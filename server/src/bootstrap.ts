import type { Core } from '@strapi/strapi';

import { registerPermissionActions } from './permissions';
import { getService } from './utils';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissionActions(strapi);
  await getService('provisioning', { strapi }).syncConfiguredTokens();
};
