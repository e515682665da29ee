import type { Core } from '@strapi/strapi';

import type { Grant, Grants } from '../permissions/service';
import type { AuthenticatedToken } from '../services/authenticator';
import { getService } from '../utils';

export type { Grant, Grants };

/**
 * What a token may do, by subject (a content type, or a plugin such as `plugin::upload`): the permissions module's
 * answer (server/src/permissions/), the same one REST, GraphQL and hooks get. The one function every MCP module asks.
 */
export const grantsOf = (strapi: Core.Strapi, token: AuthenticatedToken): Grants =>
  getService('permissions', { strapi }).grantsOf(token);
