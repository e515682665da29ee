import { fetchTokenUsage, usageKeys } from '../api/usage';
import { useAdminQuery } from './useAdminQuery';

import { USAGE_DEFAULT_DAYS } from '../../../shared/contracts/usage';

export const useTokenUsage = (id: number, days = USAGE_DEFAULT_DAYS) =>
  useAdminQuery(usageKeys.token(id, days), (client) => fetchTokenUsage(client, id, days));
