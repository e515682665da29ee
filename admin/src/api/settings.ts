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
