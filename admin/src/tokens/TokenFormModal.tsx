import * as React from 'react';
import { Button, Modal } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getFieldErrors } from '../utils/apiErrors';
import {
  emptyTokenForm,
  formFieldOf,
  formToInput,
  tokenToForm,
  validateTokenForm,
  type TokenFormValues,
} from '../utils/tokenForm';
import { CustomKeyField } from './CustomKeyField';
import { TokenFormFields } from './TokenFormFields';
import { useT } from '../ui/useT';

import type { AccessToken, CreateTokenInput, ScopeOption } from '../../../shared/contracts/tokens';

export interface TokenFormModalProps {
  /** The token to edit; none to create one. */
  token?: AccessToken | null;
  scopes: ScopeOption[];
  onSubmit: (input: CreateTokenInput) => Promise<unknown>;
  /** Errors that belong to no field (the field ones are shown beside their field). */
  onError: (error: unknown) => void;
  onClose: () => void;
  /** From the plugin's settings: valid-to becomes required and bounded. */
  maxLifetimeDays?: number | null;
  /** The clock, for tests. */
  now?: () => Date;
}

type Values = TokenFormValues;

/** Rendered only while open: closing (Cancel) unmounts it and so discards what was typed. */
export const TokenFormModal = ({
  token,
  scopes,
  onSubmit,
  onError,
  onClose,
  maxLifetimeDays = null,
  now = () => new Date(),
}: TokenFormModalProps) => {
  const { formatMessage } = useIntl();
  const t = useT();
  const initial = React.useMemo(() => (token ? tokenToForm(token) : emptyTokenForm()), [token]);
  const [values, setValues] = React.useState<Values>(initial);
  const [touched, setTouched] = React.useState<Partial<Record<keyof Values, boolean>>>({});
  const [serverErrors, setServerErrors] = React.useState<Partial<Record<keyof Values, string>>>({});
  const [submitting, setSubmitting] = React.useState(false);

  const currentTime = now();
  const errors = validateTokenForm(values, { now: currentTime, initial: token ? initial : undefined, maxLifetimeDays });
  const isValid = Object.keys(errors).length === 0;

  const shownErrors = (Object.keys(values) as Array<keyof Values>).reduce<Partial<Record<keyof Values, string>>>(
    (acc, field) => {
      const clientError = errors[field];
      const visible = touched[field] || field !== 'name';
      if (clientError && visible)
        acc[field] = typeof clientError === 'string' ? clientError : formatMessage(clientError);
      else if (serverErrors[field]) acc[field] = serverErrors[field];
      return acc;
    },
    {}
  );

  const handleChange = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setTouched((previous) => ({ ...previous, [field]: true }));
    setServerErrors(({ [field]: _dropped, ...rest }) => rest);
  };

  const handleSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!isValid || submitting) return;
    setSubmitting(true);
    try {
      const input = formToInput(values);
      if (token) delete input.accessKey;
      // Empty limit fields on create: the configured default applies (null would mean none).
      else if (input.rateLimit === null) delete input.rateLimit;
      await onSubmit(input);
    } catch (error) {
      const fieldErrors = getFieldErrors(error, formFieldOf);
      setServerErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) onError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const title = token ? t('tokens.form.title.edit', 'Edit token') : t('tokens.form.title.create', 'Create token');

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={handleSubmit} noValidate>
          <Modal.Header>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <TokenFormFields
              values={values}
              errors={shownErrors}
              scopes={scopes}
              now={currentTime}
              maxLifetimeDays={maxLifetimeDays}
              onChange={handleChange}
              onBlur={(field) => setTouched((previous) => ({ ...previous, [field]: true }))}
            />
            {!token && (
              <CustomKeyField
                enabled={values.useCustomKey}
                value={values.accessKey}
                error={shownErrors.accessKey}
                onEnabledChange={(enabled) => handleChange('useCustomKey', enabled)}
                onValueChange={(value) => handleChange('accessKey', value)}
              />
            )}
          </Modal.Body>
          <Modal.Footer>
            <Button variant="tertiary" onClick={onClose}>
              {t('tokens.form.cancel', 'Cancel')}
            </Button>
            <Button type="submit" disabled={!isValid} loading={submitting}>
              {t('tokens.form.save', 'Save')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
