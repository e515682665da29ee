import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';


import type { AccessToken } from '../../../shared/contracts/tokens';
import { useT } from '../hooks/useT';

interface TokenSelectFilterProps {
  tokens: Pick<AccessToken, 'id' | 'name'>[];
  value?: number;
  onChange: (tokenId?: number) => void;
}

/** Narrows the subscriptions to one token's. */
export const TokenSelectFilter = ({ tokens, value, onChange }: TokenSelectFilterProps) => {
  const t = useT();

  return (
    <Field.Root name="tokenId" maxWidth="24rem" width="100%">
      <Field.Label>{t('hooks.subscriptions.filter.token', 'Token')}</Field.Label>
      <SingleSelect
        value={value === undefined ? '' : String(value)}
        onChange={(next: string | number | undefined) => onChange(next ? Number(next) : undefined)}
        onClear={() => onChange(undefined)}
        clearLabel={t('tokens.filters.clear', 'Clear')}
        placeholder={t('hooks.subscriptions.filter.anyToken', 'Every token')}
      >
        {tokens.map((token) => (
          <SingleSelectOption key={token.id} value={String(token.id)}>
            {token.name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};
