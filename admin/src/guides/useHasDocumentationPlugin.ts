import { useStrapiApp } from '@strapi/strapi/admin';

/** Whether the admin registered the Strapi documentation plugin (`@strapi/plugin-documentation`). */
export const useHasDocumentationPlugin = () =>
  Boolean(useStrapiApp('AccessTokens', (state) => Boolean(state.plugins?.documentation), false));
