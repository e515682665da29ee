import { Box, Flex, Loader, Typography } from '@strapi/design-system';

import { useSubscriptionLabels } from './useSubscriptionLabels';
import { Mono } from '../ui/Mono';
import { useT } from '../ui/useT';

import type { HookListResponse } from '../../../shared/contracts/hooks';
import type { ScopeOption } from '../../../shared/contracts/tokens';

interface TokenHooksListProps {
  /** Undefined while loading. */
  hooks?: HookListResponse;
  isError: boolean;
  scopes: ScopeOption[];
}

/** A token's hooks in short, for a dialog: where each one sends which event. */
export const TokenHooksList = ({ hooks, isError, scopes }: TokenHooksListProps) => {
  const t = useT();
  const labels = useSubscriptionLabels(scopes);

  if (isError)
    return (
      <Typography textColor="danger600">{t('hooks.subscriptions.error', 'The hooks could not be loaded.')}</Typography>
    );
  if (!hooks) return <Loader small>{t('hooks.subscriptions.loading', 'Loading hooks…')}</Loader>;
  const { data, meta } = hooks;
  if (data.length === 0)
    return <Typography>{t('hooks.subscriptions.emptyFiltered', 'This token has no hooks.')}</Typography>;

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600">
        {t('tokens.regenerate.hooks', 'Hooks of this token ({count})', { count: meta.pagination.total })}
      </Typography>
      <Box tag="ul" maxHeight="16rem" overflow="auto">
        {data.map((sub) => (
          <Box tag="li" key={sub.id} paddingBottom={2}>
            <Mono>{sub.targetUrl}</Mono>
            <Typography variant="pi" textColor="neutral600" tag="p">
              {labels.event(sub.event)} · {labels.contentType(sub.contentType)}
            </Typography>
          </Box>
        ))}
      </Box>
      {meta.pagination.total > data.length && (
        <Typography variant="pi">
          {t('tokens.regenerate.hooks.more', 'and {count} more', { count: meta.pagination.total - data.length })}
        </Typography>
      )}
    </Flex>
  );
};
