import { PLUGIN_ID } from '../pluginId';

/** Prefixes a flat dotted key (`tokens.list.empty`) with the plugin id, as `registerTrads` does. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
