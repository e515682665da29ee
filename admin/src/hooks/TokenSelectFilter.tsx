import { FilterSelect } from '../ui/FilterSelect';
import { useT } from '../ui/useT';

import type { AccessToken } from '../../../shared/contracts/tokens';

interface TokenSelectFilterProps {
  tokens: Pick<AccessToken, 'id' | 'name'>[];
  value?: number;
  onChange: (tokenId?: number) => void;
}

/** Narrows the subscriptions to one token's. */
export const TokenSelectFilter = ({ tokens, value, onChange }: TokenSelectFilterProps) => {
  const t = useT();
  return (
    <FilterSelect
      name="tokenId"
      label={t('hooks.subscriptions.filter.token', 'Token')}
      placeholder={t('hooks.subscriptions.filter.anyToken', 'Every token')}
      value={value === undefined ? undefined : String(value)}
      options={tokens.map((token) => ({ value: String(token.id), label: token.name }))}
      onChange={(next) => onChange(next ? Number(next) : undefined)}
    />
  );
};
