import { Flex, Td, Tr, Typography } from '@strapi/design-system';
import { useNavigate } from 'react-router-dom';

import { ACCESS_LEVEL_LABELS } from '../../../shared/access-levels';
import { useFormatDate } from '../hooks/useFormatDate';
import { useT } from '../hooks/useT';
import { formatAdmin } from '../utils/format';
import { Mono } from './Mono';
import { CopyButton } from './CopyButton';
import { DataTable } from './DataTable';
import { SortableTh } from './SortableTh';
import { TokenRowActions, type TokenAction } from './TokenRowActions';
import { TokenStatusBadge } from './TokenStatusBadge';

import type { AccessToken, ScopeOption, TokenSortField } from '../../../shared/contracts/tokens';
import type { SortValue } from '../hooks/useTokenListParams';
import type { TokenPermissions } from '../hooks/useTokenPermissions';

const COLUMNS: Array<{ field: TokenSortField; defaultMessage: string }> = [
  { field: 'name', defaultMessage: 'Name' },
  { field: 'maskedKey', defaultMessage: 'Token' },
  { field: 'accessLevel', defaultMessage: 'Access level' },
  { field: 'scopes', defaultMessage: 'Scopes' },
  { field: 'status', defaultMessage: 'Status' },
  { field: 'validFrom', defaultMessage: 'Valid from' },
  { field: 'validTo', defaultMessage: 'Valid to' },
  { field: 'lastUsedAt', defaultMessage: 'Last used' },
  { field: 'createdBy', defaultMessage: 'Created by' },
];

export interface TokensTableProps {
  tokens: AccessToken[];
  scopes: ScopeOption[];
  sort: SortValue;
  onSortChange: (sort: SortValue) => void;
  permissions: TokenPermissions;
  onAction: (action: TokenAction, token: AccessToken) => void;
}

export const TokensTable = ({ tokens, scopes, sort, onSortChange, permissions, onAction }: TokensTableProps) => {
  const t = useT();
  const navigate = useNavigate();
  const date = useFormatDate();
  const scopeName = (uid: string) => scopes.find((scope) => scope.uid === uid)?.displayName ?? uid;

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
      ))}
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
            <Typography ellipsis>
              {token.scopes.length ? token.scopes.map(scopeName).join(', ') : t('tokens.scopes.all', 'All')}
            </Typography>
          </Td>
          <Td>
            <TokenStatusBadge status={token.status} />
          </Td>
          <Td>
            <Typography>{date(token.validFrom, date(token.createdAt))}</Typography>
          </Td>
          <Td>
            <Typography>{date(token.validTo, t('tokens.date.never', 'Never'))}</Typography>
          </Td>
          <Td>
            <Typography>{date(token.lastUsedAt, t('tokens.date.neverUsed', 'Never used'))}</Typography>
          </Td>
          <Td>
            <Typography>{formatAdmin(token.createdBy) ?? t('tokens.createdBy.system', 'System')}</Typography>
          </Td>
          <Td>
            <TokenRowActions token={token} permissions={permissions} onAction={onAction} />
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
