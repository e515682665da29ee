import { Badge } from '@strapi/design-system';

import { useT } from '../ui/useT';

/** Marks a token of the `tokens` option: its value comes from this environment variable at every start-up. */
export const ProvisionedBadge = ({ variable }: { variable: string }) => {
  const t = useT();
  return <Badge>{t('tokens.provisioned.badge', 'Provisioned from {variable}', { variable })}</Badge>;
};
