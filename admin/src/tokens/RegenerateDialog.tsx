import * as React from 'react';
import { Checkbox, Field, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';

import { useT } from '../hooks/useT';
import { ActionDialog, type DialogCallbacks } from './ActionDialog';
import { TokenHooksList } from './TokenHooksList';

import type { HookListResponse } from '../../../shared/contracts/hooks';
import type { AccessToken, RegenerateTokenInput, ScopeOption } from '../../../shared/contracts/tokens';

export const GRACE_PERIODS = [
  { seconds: 0, id: 'none', defaultMessage: 'None: the old value stops working now' },
  { seconds: 3600, id: 'hour', defaultMessage: '1 hour' },
  { seconds: 86400, id: 'day', defaultMessage: '24 hours' },
  { seconds: 604800, id: 'week', defaultMessage: '7 days' },
];

interface GracePeriodFieldProps {
  label: string;
  hint?: string;
  value: number;
  onChange: (seconds: number) => void;
}

/** How long a replaced secret keeps working (a token value, a hook signing secret). */
export const GracePeriodField = ({ label, hint, value, onChange }: GracePeriodFieldProps) => {
  const t = useT();
  return (
    <Field.Root name="gracePeriod" hint={hint}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={String(value)} onChange={(selected) => onChange(Number(selected))}>
        {GRACE_PERIODS.map((period) => (
          <SingleSelectOption key={period.id} value={String(period.seconds)}>
            {t(`tokens.regenerate.grace.${period.id}`, period.defaultMessage)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      {hint && <Field.Hint />}
    </Field.Root>
  );
};

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
