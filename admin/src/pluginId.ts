export const PLUGIN_ID = 'access-tokens';
