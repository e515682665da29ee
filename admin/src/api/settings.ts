import type { FetchClient } from '@strapi/strapi/admin';

export interface PluginSettings {
  documentationUrl: string | null;
  zapierUrl: string | null;
  prefix: string;
}

export const settingsKeys = {
  all: ['access-tokens', 'settings'] as const,
};

export const fetchSettings = async (client: FetchClient) => {
  const { data } = await client.get<{ data: PluginSettings }>('/access-tokens/settings');
  return data.data;
};

export const readmeKeys = {
  all: ['access-tokens', 'readme'] as const,
};

/** The plugin's README, as shipped in its package: the Documentation button's last resort. */
export const fetchReadme = async (client: FetchClient) => {
  const { data } = await client.get<{ data: { markdown: string } }>('/access-tokens/readme');
  return data.data.markdown;
};
