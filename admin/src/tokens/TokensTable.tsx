import { Badge, Box, Flex, Td, Th, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { styled } from 'styled-components';

import { ACCESS_LEVEL_LABELS } from '../../../shared/access-levels';
import { useT } from '../ui/useT';
import { Mono } from '../ui/Mono';
import { ProvisionedBadge } from './ProvisionedBadge';
import { CopyButton } from '../ui/CopyButton';
import { DataTable, TextCell } from '../ui/DataTable';
import { SortableTh } from './SortableTh';
import { TokenRowActions, type TokenAction } from './TokenRowActions';
import { StatusBadge } from '../ui/StatusBadge';
import { TOKEN_STATUS } from './tokenStatus';
import { usePermissionsSummaryText } from './permissions/usePermissionsSummaryText';

import type { AccessToken } from '../../../shared/contracts/tokens';
import type { AccessTokenListItem, TokenSortField } from '../../../shared/contracts/token-list';
import type { SortValue } from './useTokenListParams';
import type { TokenPermissions } from '../queries/useTokenPermissions';

/**
 * What fits a 1280 px window: the masked value under the name, a custom token's permissions in short under its
 * level, and texts that may wrap. Scopes, validity, creator and IP allowlist are on each token's page.
 */
const COLUMNS: Array<{ field: TokenSortField; defaultMessage: string }> = [
  { field: 'name', defaultMessage: 'Name' },
  { field: 'accessLevel', defaultMessage: 'Access level' },
  { field: 'status', defaultMessage: 'Status' },
  { field: 'lastUsedAt', defaultMessage: 'Last used' },
];

/** The design system's table never wraps; this one's texts may, so that it fits without scrolling sideways. */
const Wrapping = styled.div`
  & th,
  & td {
    white-space: normal;
  }
`;

const NoWrap = styled.span`
  white-space: nowrap;
`;

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
  const { formatDate, formatTime, formatNumber } = useIntl();
  const permissionsSummary = usePermissionsSummaryText();

  return (
    <Wrapping>
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
        prefix="tokens.list.column"
        withActions
        rowCount={tokens.length}
      >
        {tokens.map((token) => (
          <Tr key={token.id} onClick={() => navigate(String(token.id))} style={{ cursor: 'pointer' }}>
            <Td>
              <Typography fontWeight="bold" style={{ overflowWrap: 'anywhere' }}>
                {token.name}
              </Typography>
              {token.provisionedFrom && (
                <Box paddingBottom={1}>
                  <ProvisionedBadge variable={token.provisionedFrom} />
                </Box>
              )}
              <Flex gap={1} onClick={(e: React.MouseEvent) => e.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
                <Mono>{token.maskedKey}</Mono>
                <CopyButton value={token.maskedKey} label={t('tokens.list.copyMasked', 'Copy masked token')} />
              </Flex>
            </Td>
            <Td>
              <Typography>
                {t(`tokens.accessLevel.${token.accessLevel}`, ACCESS_LEVEL_LABELS[token.accessLevel])}
              </Typography>
              {token.accessLevel === 'custom' && (
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {permissionsSummary(token.permissions)}
                </Typography>
              )}
            </Td>
            <Td>
              <Flex gap={1} wrap="wrap">
                <StatusBadge status={token.status} look={TOKEN_STATUS} />
                {token.expiresSoon && (
                  <NoWrap>
                    <Badge variant="warning">{t('tokens.list.expiresSoon', 'Expires soon')}</Badge>
                  </NoWrap>
                )}
              </Flex>
            </Td>
            <Td>
              <Typography>
                {token.lastUsedAt ? (
                  <>
                    <NoWrap>{formatDate(token.lastUsedAt, { dateStyle: 'medium' })}</NoWrap>{' '}
                    <NoWrap>{formatTime(token.lastUsedAt, { timeStyle: 'short' })}</NoWrap>
                  </>
                ) : (
                  t('tokens.date.neverUsed', 'Never used')
                )}
              </Typography>
            </Td>
            <TextCell>{formatNumber(token.requests24h)}</TextCell>
            <Td>
              <TokenRowActions token={token} permissions={permissions} onAction={onAction} />
            </Td>
          </Tr>
        ))}
      </DataTable>
    </Wrapping>
  );
};
