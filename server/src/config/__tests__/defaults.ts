import config from '..';

/** The plugin's default configuration, as Strapi builds it with no environment variable set. */
export const defaults = config.default({ env: (_key: string, fallback?: string) => fallback });

/** The defaults with the secret `config.validator` requires, and `options` on top. */
export const withSecret = (options: object = {}) => ({ ...defaults, secret: 'a-secret-of-sixteen-chars', ...options });
