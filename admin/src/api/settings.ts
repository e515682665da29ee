import type { FetchClient } from '@strapi/strapi/admin';

export interface PluginSettings {
  documentationUrl: string | null;
  zapierUrl: string | null;
  prefix: string;
  /** Longest validity a token may be given, in days; null when uncapped. */
  maxLifetimeDays?: number | null;
  expiresSoonDays?: number;
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
  zapier: ['access-tokens', 'zapier-guide'] as const,
};

const fetchMarkdown = async (client: FetchClient, path: string) => {
  const { data } = await client.get<{ data: { markdown: string } }>(path);
  return data.data.markdown;
};

/** The plugin's README, as shipped in its package: the Documentation button's last resort. */
export const fetchReadme = (client: FetchClient) => fetchMarkdown(client, '/access-tokens/readme');

/** The plugin's Zapier guide (docs/zapier.md): the Zapier button's target without a `zapierUrl`. */
export const fetchZapierGuide = (client: FetchClient) => fetchMarkdown(client, '/access-tokens/zapier-guide');
