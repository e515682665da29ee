import { Badge, Flex, Td, Th, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import { useFormatDate } from '../hooks/useFormatDate';
import { useT } from '../hooks/useT';
import { Mono } from './Mono';
import { CopyButton } from './CopyButton';
import { DataTable } from './DataTable';
import { SortableTh } from './SortableTh';
import { ACCESS_LEVEL_LABELS } from './TokenFormFields';
import { TokenRowActions, type TokenAction } from './TokenRowActions';
import { TokenStatusBadge } from './TokenStatusBadge';

import type { AccessToken, AccessTokenListItem, TokenSortField } from '../../../shared/contracts/tokens';
import type { SortValue } from '../hooks/useTokenListParams';
import type { TokenPermissions } from '../hooks/useTokenPermissions';

/** What fits a 1280 px window; scopes, validity, creator and IP allowlist are on each token's page. */
const COLUMNS: Array<{ field: TokenSortField; defaultMessage: string }> = [
  { field: 'name', defaultMessage: 'Name' },
  { field: 'maskedKey', defaultMessage: 'Token' },
  { field: 'accessLevel', defaultMessage: 'Access level' },
  { field: 'status', defaultMessage: 'Status' },
  { field: 'lastUsedAt', defaultMessage: 'Last used' },
];

export interface TokensTableProps {
  tokens: AccessTokenListItem[];
  sort: SortValue;
  onSortChange: (sort: SortValue) => void;
  permissions: TokenPermissions;
  onAction: (action: TokenAction, token: AccessToken) => void;
}

export const TokensTable = ({ tokens, sort, onSortChange, permissions, onAction }: TokensTableProps) => {
  const t = useT();
  const navigate = useNavigate();
  const date = useFormatDate();
  const { formatNumber } = useIntl();

  return (
    <DataTable
      headers={COLUMNS.map(({ field, defaultMessage }) => (
        <SortableTh
          key={field}
          field={field}
          label={t(`tokens.list.column.${field}`, defaultMessage)}
          sort={sort}
          onSortChange={onSortChange}
        />
      )).concat(
        <Th key="requests24h">
          <Typography variant="sigma" textColor="neutral600">
            {t('tokens.list.column.requests24h', 'Requests (24 h)')}
          </Typography>
        </Th>
      )}
      actionsLabel={t('tokens.list.column.actions', 'Actions')}
      rowCount={tokens.length}
    >
      {tokens.map((token) => (
        <Tr key={token.id} onClick={() => navigate(String(token.id))} style={{ cursor: 'pointer' }}>
          <Td>
            <Typography fontWeight="bold">{token.name}</Typography>
          </Td>
          <Td>
            <Flex gap={1} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
              <Mono>{token.maskedKey}</Mono>
              <CopyButton value={token.maskedKey} label={t('tokens.list.copyMasked', 'Copy masked token')} />
            </Flex>
          </Td>
          <Td>
            <Typography>{t(`tokens.accessLevel.${token.accessLevel}`, ACCESS_LEVEL_LABELS[token.accessLevel])}</Typography>
          </Td>
          <Td>
            <Flex gap={1} wrap="wrap">
              <TokenStatusBadge status={token.status} />
              {token.expiresSoon && <Badge variant="warning">{t('tokens.list.expiresSoon', 'Expires soon')}</Badge>}
            </Flex>
          </Td>
          <Td>
            <Typography>{date(token.lastUsedAt, t('tokens.date.neverUsed', 'Never used'))}</Typography>
          </Td>
          <Td>
            <Typography>{formatNumber(token.requests24h)}</Typography>
          </Td>
          <Td>
            <TokenRowActions token={token} permissions={permissions} onAction={onAction} />
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
