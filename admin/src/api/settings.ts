import type { FetchClient } from '@strapi/strapi/admin';
import type { ReadmeResponse, SettingsResponse } from '../../../shared/contracts/settings';

export const settingsKeys = {
  all: ['access-tokens', 'settings'] as const,
};

export const fetchSettings = async (client: FetchClient) => {
  const { data } = await client.get<SettingsResponse>('/access-tokens/settings');
  return data.data;
};

export const readmeKeys = {
  all: ['access-tokens', 'readme'] as const,
  zapier: ['access-tokens', 'zapier-guide'] as const,
};

const fetchMarkdown = async (client: FetchClient, path: string) => {
  const { data } = await client.get<ReadmeResponse>(path);
  return data.data.markdown;
};

/** The plugin's README, as shipped in its package: the Documentation button's last resort. */
export const fetchReadme = (client: FetchClient) => fetchMarkdown(client, '/access-tokens/readme');

/** The plugin's Zapier guide (docs/zapier.md): the Zapier button's target without a `zapierUrl`. */
export const fetchZapierGuide = (client: FetchClient) => fetchMarkdown(client, '/access-tokens/zapier-guide');
