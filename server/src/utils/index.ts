import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../../../shared/plugin';

import type { PluginConfig } from '../config';
import type services from '../services';

export { PLUGIN_ID };

type Services = typeof services;
export type ServiceName = keyof Services;
export type ServiceOf<Name extends ServiceName> = ReturnType<Services[Name]>;

/** The one typed way to reach a service of this plugin. */
export const getService = <Name extends ServiceName>(
  name: Name,
  { strapi: instance }: { strapi: Core.Strapi } = { strapi: global.strapi }
): ServiceOf<Name> => instance.plugin(PLUGIN_ID).service(name) as ServiceOf<Name>;

export const getPluginConfig = (instance: Core.Strapi = global.strapi): PluginConfig =>
  instance.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
