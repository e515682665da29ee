import type { Core } from '@strapi/strapi';

import { createContentApiStrategy } from './strategies/content-api';
import { getService } from './utils';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Resolving the keys service checks the hashing secret now: a missing one in production stops the boot here.
  getService('keys', { strapi });

  strapi.get('auth').register('content-api', createContentApiStrategy({ strapi }));
};
