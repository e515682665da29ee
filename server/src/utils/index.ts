import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../../../shared/plugin';

import type { PluginConfig } from '../config';

export { PLUGIN_ID };

/**
 * The plugin's services by name, each as its factory builds it. services/index.ts fills this interface in
 * (`declare module`), so that this module, which every service imports, imports no service: no import cycle.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PluginServices {}
export type ServiceName = keyof PluginServices;
/** What a registry of service factories builds, by name. */
export type ServicesBuiltBy<Factories> = {
  [Name in keyof Factories]: Factories[Name] extends (...args: never[]) => infer Service ? Service : never;
};
export type ServiceOf<Name extends ServiceName> = PluginServices[Name];

/** The one typed way to reach a service of this plugin. */
export const getService = <Name extends ServiceName>(
  name: Name,
  { strapi: instance }: { strapi: Core.Strapi } = { strapi: global.strapi }
): ServiceOf<Name> => instance.plugin(PLUGIN_ID).service(name) as ServiceOf<Name>;

export const getPluginConfig = (instance: Core.Strapi = global.strapi): PluginConfig =>
  instance.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
