import type { UsageService } from '../../../server/src/services/usage';
import type { Suite } from '../helpers/setup';

export const TOKEN_USAGE_UID = 'plugin::access-tokens.token-usage';

export const usageService = (suite: Suite) => suite.app.strapi.plugin('access-tokens').service('usage') as UsageService;

export const today = () => new Date().toISOString().slice(0, 10);

/** The usage API's entry for today. */
export const usageToday = async (suite: Suite, tokenId: number) => {
  const response = await suite.adminApi.get(`/access-tokens/tokens/${tokenId}/usage?days=1`);
  if (response.status !== 200) throw new Error(`usage answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.data.days[0];
};
