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
};

/** The plugin's README, as shipped in its package: the Documentation button's last resort. */
export const fetchReadme = async (client: FetchClient) => {
  const { data } = await client.get<ReadmeResponse>('/access-tokens/readme');
  return data.data.markdown;
};
