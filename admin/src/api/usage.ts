import type { FetchClient } from '@strapi/strapi/admin';

import type { TokenUsageResponse } from '../../../shared/contracts/usage';

export const usageKeys = {
  token: (id: number | string, days: number) => ['access-tokens', 'usage', String(id), days] as const,
};

/** A token's use per UTC day, oldest first, with the totals of the period. */
export const fetchTokenUsage = async (client: FetchClient, id: number | string, days: number) => {
  const { data } = await client.get<TokenUsageResponse>(`/access-tokens/tokens/${id}/usage`, { params: { days } });
  return data.data;
};
