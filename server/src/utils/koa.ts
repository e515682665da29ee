import type { Core } from '@strapi/strapi';

/** The Koa context of a request, as Strapi hands it to middlewares, policies, controllers and strategies. */
export type Ctx = Parameters<Core.MiddlewareHandler>[0];
