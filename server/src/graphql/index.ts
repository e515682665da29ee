import type { Core } from '@strapi/strapi';

import contentTypes from '../content-types';
import { PLUGIN_ID } from '../utils';
import { executedOperationRecorder } from './executed-operation';
import { createFieldRules } from './field-rules';
import { createRootFieldWeight } from './root-field-weight';

interface GraphqlExtensionService {
  shadowCRUD(uid: string): { disable(): unknown };
}

const APOLLO_CONFIG = 'plugin::graphql.apolloServer';

/**
 * With @strapi/plugin-graphql installed: the plugin's own tables (tokens, hooks, deliveries, audit) get no
 * shadow CRUD, so no query or mutation reaches them; Apollo records each request's operation for `verify` and
 * weighs it by its root fields against the token's rate limit; a custom token selects only fields it may read.
 * Runs in register(), before the GraphQL plugin builds its schema and its server in bootstrap().
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;

  const extension = graphql.service('extension') as GraphqlExtensionService;
  for (const name of Object.keys(contentTypes)) extension.shadowCRUD(`plugin::${PLUGIN_ID}.${name}`).disable();

  // The GraphQL plugin concatenates the plugins configured here with its own.
  const apollo = strapi.config.get(APOLLO_CONFIG, {}) as { plugins?: unknown[] };
  strapi.config.set(APOLLO_CONFIG, {
    ...apollo,
    plugins: [
      ...(apollo.plugins ?? []),
      executedOperationRecorder,
      createRootFieldWeight(strapi),
      createFieldRules(strapi),
    ],
  });
};
