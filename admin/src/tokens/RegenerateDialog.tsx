import * as React from 'react';
import { Checkbox, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';

import { useT } from '../ui/useT';
import { ActionDialog, type DialogCallbacks } from '../ui/ActionDialog';
import { GracePeriodField } from '../ui/GracePeriodField';
import { TokenHooksList } from '../hooks/TokenHooksList';

import type { HookListResponse } from '../../../shared/contracts/hooks';
import type { AccessToken, RegenerateTokenInput, ScopeOption } from '../../../shared/contracts/tokens';

interface RegenerateDialogProps extends DialogCallbacks<[input: Required<RegenerateTokenInput>]> {
  token: AccessToken;
  /** The token's hooks: undefined while they load or when they could not be loaded (`hooksError`). */
  hooks?: HookListResponse;
  hooksError?: boolean;
  scopes: ScopeOption[];
}

/**
 * A new secret; the old one may keep working for a grace period while integrations are updated. Whoever held
 * the old value may have subscribed their own URL, so the token's hooks are listed and removed unless the admin
 * ticks the box that keeps them.
 */
export const RegenerateDialog = ({
  token,
  hooks,
  hooksError = false,
  scopes,
  onConfirm,
  onClose,
}: RegenerateDialogProps) => {
  const t = useT();
  const [grace, setGrace] = React.useState(0);
  const [keep, setKeep] = React.useState(false);
  // Without the list (it failed to load) the choice is still offered: the token may have hooks.
  const hasHooks = hooksError || (hooks?.meta.pagination.total ?? 0) > 0;
  const keeping = hasHooks && keep;

  return (
    <ActionDialog
      title={t('tokens.regenerate.title', 'Regenerate token')}
      body={t('tokens.regenerate.body', 'A new value will be generated for "{name}" and shown once.', {
        name: token.name,
      })}
      confirmLabel={t('tokens.regenerate.confirm', 'Regenerate')}
      icon={<ArrowClockwise />}
      disabled={!hooks && !hooksError}
      onConfirm={() => onConfirm({ gracePeriodSeconds: grace, keepSubscriptions: keeping })}
      onClose={onClose}
    >
      <GracePeriodField
        label={t('tokens.regenerate.grace', 'Keep the old value working for')}
        value={grace}
        onChange={setGrace}
      />
      <TokenHooksList hooks={hooks} isError={hooksError} scopes={scopes} />
      {hasHooks && (
        <>
          <Checkbox checked={keep} onCheckedChange={(checked) => setKeep(checked === true)}>
            {t('tokens.regenerate.keep', "Keep the token's hook subscriptions")}
          </Checkbox>
          {keeping ? (
            <Typography textColor="danger600">
              {t(
                'tokens.regenerate.keep.warning',
                'If the old value leaked, hooks subscribed with it keep receiving your content. Keep them only if you know every one of them.'
              )}
            </Typography>
          ) : (
            <Typography variant="pi" textColor="neutral600">
              {t(
                'tokens.regenerate.keep.hint',
                'Unticked, these hooks are removed: the integration subscribes again with the new value.'
              )}
            </Typography>
          )}
        </>
      )}
    </ActionDialog>
  );
};
