import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { ACCESS_LEVEL_LABELS } from '../../../shared/access-levels';
import { formatAdmin } from '../utils/format';
import { Mono } from '../ui/Mono';
import { ProvisionedBadge } from './ProvisionedBadge';
import { TokenStatusBadge } from './TokenStatusBadge';
import { useFormatDate } from '../ui/useFormatDate';
import { useT } from '../ui/useT';

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

export const TokenSummary = ({ token }: { token: AccessToken }) => {
  const t = useT();
  const date = useFormatDate();
  const { formatNumber } = useIntl();

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {token.description && <Typography>{token.description}</Typography>}
      <Grid.Root gap={4}>
        <Item label={t('tokens.list.column.status', 'Status')}>
          <TokenStatusBadge status={token.status} />
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
        <Item label={t('tokens.list.column.accessLevel', 'Access level')}>
          <Typography>
            {t(`tokens.accessLevel.${token.accessLevel}`, ACCESS_LEVEL_LABELS[token.accessLevel])}
          </Typography>
        </Item>
        <Item label={t('tokens.list.column.lastUsedAt', 'Last used')}>
          <Typography>{date(token.lastUsedAt, t('tokens.date.neverUsed', 'Never used'))}</Typography>
        </Item>
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
          <Item label={t('tokens.detail.lastRefusal', 'Last refused')}>
            <Typography>
              {t('tokens.detail.lastRefusal.value', '{reason} on {date}, from {ip}', {
                reason: t(`tokens.refusal.${token.lastRefusal.reason}`, REFUSAL_REASONS[token.lastRefusal.reason]),
                date: date(token.lastRefusal.at),
                ip: token.lastRefusal.ip ?? '—',
              })}
            </Typography>
          </Item>
        )}
        <Item label={t('tokens.list.column.createdBy', 'Created by')}>
          <Typography>{formatAdmin(token.createdBy) ?? t('tokens.createdBy.system', 'System')}</Typography>
        </Item>
        <Item label={t('tokens.detail.createdAt', 'Created at')}>
          <Typography>{date(token.createdAt)}</Typography>
        </Item>
        <Item label={t('tokens.list.column.validFrom', 'Valid from')}>
          <Typography>{date(token.validFrom, date(token.createdAt))}</Typography>
        </Item>
        <Item label={t('tokens.list.column.validTo', 'Valid to')}>
          <Typography>{date(token.validTo, t('tokens.date.never', 'Never'))}</Typography>
        </Item>
        {token.previousKeyExpiresAt && (
          <Item label={t('tokens.detail.previousKeyExpiresAt', 'Previous value accepted until')}>
            <Typography>{date(token.previousKeyExpiresAt)}</Typography>
          </Item>
        )}
        <Item label={t('tokens.list.column.scopes', 'Scopes')}>
          <Typography>{token.scopes.length ? token.scopes.join(', ') : t('tokens.scopes.all', 'All')}</Typography>
        </Item>
        <Item label={t('tokens.detail.rateLimit', 'Rate limit')}>
          <Typography>
            {token.rateLimit
              ? t('tokens.rateLimit.value', '{limit} requests per {seconds} s', {
                  limit: formatNumber(token.rateLimit.limit),
                  seconds: formatNumber(token.rateLimit.windowSeconds),
                })
              : t('tokens.rateLimit.none', 'None')}
          </Typography>
        </Item>
        <Item label={t('tokens.form.ipAllowlist', 'IP allowlist')}>
          <Typography>{token.ipAllowlist.length ? token.ipAllowlist.join(', ') : t('tokens.ip.any', 'Any')}</Typography>
        </Item>
      </Grid.Root>
    </Flex>
  );
};
