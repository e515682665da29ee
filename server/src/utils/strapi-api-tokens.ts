import type { Core } from '@strapi/strapi';

interface ApiTokenService {
  hash(accessKey: string): string;
}

/**
 * True when the value is one of Strapi's own API tokens (any kind, even expired): one that reaches the plugin's
 * strategy was refused by Strapi's, or the route does not take it, and is no guess at one of our values.
 */
export const isStrapiApiToken = async (strapi: Core.Strapi, value: string): Promise<boolean> => {
  const service = strapi.service('admin::api-token') as ApiTokenService | undefined;
  if (typeof service?.hash !== 'function') return false;
  try {
    const row = await strapi.db
      .query('admin::api-token')
      .findOne({ where: { accessKey: service.hash(value) }, select: ['id'] });
    return row !== null;
  } catch {
    // No salt configured (then Strapi's tokens cannot work either) or no such table.
    return false;
  }
};
