import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { ACCESS_LEVEL_LABELS } from '../../../shared/access-levels';
import { formatAdmin } from '../utils/format';
import { Mono } from '../ui/Mono';
import { ProvisionedBadge } from './ProvisionedBadge';
import { StatusBadge } from '../ui/StatusBadge';
import { TOKEN_STATUS } from './tokenStatus';
import { useFormatDate } from '../ui/useFormatDate';
import { useT } from '../ui/useT';
import { usePermissionsSummaryText } from './permissions/usePermissionsSummaryText';

import type { AccessToken, TokenRefusalReason } from '../../../shared/contracts/tokens';

const REFUSAL_REASONS: Record<TokenRefusalReason, string> = {
  'ip-not-allowed': 'Address not in the IP allowlist',
  scheduled: 'Not valid yet',
  expired: 'Expired',
  revoked: 'Revoked',
  archived: 'Archived',
  'previous-value-ended': 'Replaced value, past its grace period',
};

const Item = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Grid.Item col={4} s={6} xs={12} direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Box>{children}</Box>
  </Grid.Item>
);

/** An item whose value is one plain text. */
const TextItem = ({ label, value }: { label: string; value: string }) => (
  <Item label={label}>
    <Typography>{value}</Typography>
  </Item>
);

/** The values joined by commas, or `none` for an empty list. */
const listOr = (values: string[], none: string) => (values.length ? values.join(', ') : none);

export const TokenSummary = ({ token }: { token: AccessToken }) => {
  const t = useT();
  const date = useFormatDate();
  const { formatNumber } = useIntl();
  const permissionsSummary = usePermissionsSummaryText();

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {token.description && <Typography>{token.description}</Typography>}
      <Grid.Root gap={4}>
        <Item label={t('tokens.list.column.status', 'Status')}>
          <StatusBadge status={token.status} look={TOKEN_STATUS} />
        </Item>
        <Item label={t('tokens.list.column.maskedKey', 'Token')}>
          <Mono>{token.maskedKey}</Mono>
        </Item>
        {token.provisionedFrom && (
          <Item label={t('tokens.detail.provisionedFrom', 'Value')}>
            <ProvisionedBadge variable={token.provisionedFrom} />
            <Typography variant="pi" textColor="neutral600" tag="p">
              {t(
                'tokens.detail.provisionedFrom.hint',
                'Set from this environment variable at every start-up, so it cannot be regenerated here: to rotate it, change the variable and restart Strapi.'
              )}
            </Typography>
          </Item>
        )}
        <TextItem
          label={t('tokens.list.column.accessLevel', 'Access level')}
          value={t(`tokens.accessLevel.${token.accessLevel}`, ACCESS_LEVEL_LABELS[token.accessLevel])}
        />
        <TextItem
          label={t('tokens.list.column.lastUsedAt', 'Last used')}
          value={date(token.lastUsedAt, t('tokens.date.neverUsed', 'Never used'))}
        />
        {token.lastUsedAt && (
          <>
            <Item label={t('tokens.detail.lastUsedIp', 'Last used from')}>
              <Mono>{token.lastUsedIp ?? '—'}</Mono>
            </Item>
            <Item label={t('tokens.detail.lastUsedUserAgent', 'Last user agent')}>
              <Typography style={{ overflowWrap: 'anywhere' }}>{token.lastUsedUserAgent ?? '—'}</Typography>
            </Item>
          </>
        )}
        {token.lastRefusal && (
          <TextItem
            label={t('tokens.detail.lastRefusal', 'Last refused')}
            value={t('tokens.detail.lastRefusal.value', '{reason} on {date}, from {ip}', {
              reason: t(`tokens.refusal.${token.lastRefusal.reason}`, REFUSAL_REASONS[token.lastRefusal.reason]),
              date: date(token.lastRefusal.at),
              ip: token.lastRefusal.ip ?? '—',
            })}
          />
        )}
        <TextItem
          label={t('tokens.list.column.createdBy', 'Created by')}
          value={formatAdmin(token.createdBy) ?? t('tokens.createdBy.system', 'System')}
        />
        <TextItem label={t('tokens.detail.createdAt', 'Created at')} value={date(token.createdAt)} />
        <TextItem
          label={t('tokens.list.column.validFrom', 'Valid from')}
          value={date(token.validFrom, date(token.createdAt))}
        />
        <TextItem
          label={t('tokens.list.column.validTo', 'Valid to')}
          value={date(token.validTo, t('tokens.date.never', 'Never'))}
        />
        {token.previousKeyExpiresAt && (
          <TextItem
            label={t('tokens.detail.previousKeyExpiresAt', 'Previous value accepted until')}
            value={date(token.previousKeyExpiresAt)}
          />
        )}
        {token.accessLevel === 'custom' ? (
          <TextItem
            label={t('tokens.detail.permissions', 'Permissions')}
            value={permissionsSummary(token.permissions)}
          />
        ) : (
          <TextItem
            label={t('tokens.list.column.scopes', 'Scopes')}
            value={listOr(token.scopes, t('tokens.scopes.all', 'All'))}
          />
        )}
        <TextItem
          label={t('tokens.detail.rateLimit', 'Rate limit')}
          value={
            token.rateLimit
              ? t('tokens.rateLimit.value', '{limit} requests per {seconds} s', {
                  limit: formatNumber(token.rateLimit.limit),
                  seconds: formatNumber(token.rateLimit.windowSeconds),
                })
              : t('tokens.rateLimit.none', 'None')
          }
        />
        <TextItem
          label={t('tokens.form.ipAllowlist', 'IP allowlist')}
          value={listOr(token.ipAllowlist, t('tokens.ip.any', 'Any'))}
        />
      </Grid.Root>
    </Flex>
  );
};
