import { Button, Flex, Typography } from '@strapi/design-system';

import type { Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubjects } from '../../../../shared/contracts/permission-subjects';
import { ListState } from '../../ui/Section';
import { useT } from '../../ui/useT';
import { PermissionsMatrix } from './PermissionsMatrix';

/** The app's content types, plugins and locales, as the query (queries/permissions.ts) holds them. */
export interface PermissionSubjectsQuery {
  data?: PermissionSubjects;
  isLoading: boolean;
  isError: boolean;
  refetch: () => unknown;
}

export interface PermissionsFieldProps {
  subjects: PermissionSubjectsQuery;
  value: Permissions;
  onChange: (value: Permissions) => void;
  /** Already translated. */
  error?: string;
}

const LABEL_ID = 'token-permissions-label';

/** The token form's "Custom" permissions: the matrix once the app's content types have loaded. */
export const PermissionsField = ({ subjects, value, onChange, error }: PermissionsFieldProps) => {
  const t = useT();

  return (
    <Flex direction="column" alignItems="stretch" gap={2} role="group" aria-labelledby={LABEL_ID}>
      <Typography id={LABEL_ID} variant="pi" fontWeight="bold" textColor="neutral800">
        {t('tokens.form.permissions', 'Permissions')}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t(
          'tokens.form.permissions.hint',
          'Tick what the token may do with each content type and plugin. Open a row to limit its fields or locales.'
        )}
      </Typography>
      {subjects.isError ? (
        <Flex gap={2} alignItems="center">
          <Typography textColor="danger600">
            {t('tokens.permissions.error', 'The content types could not be loaded.')}
          </Typography>
          <Button variant="tertiary" size="S" onClick={() => subjects.refetch()}>
            {t('tokens.permissions.retry', 'Retry')}
          </Button>
        </Flex>
      ) : (
        <ListState
          isLoading={subjects.isLoading}
          isError={false}
          isEmpty={!subjects.data?.subjects.length}
          loadingText={t('tokens.permissions.loading', 'Loading content types…')}
          errorText=""
          empty={t('tokens.permissions.empty', 'This app has no content type or plugin a token could be granted.')}
        >
          <PermissionsMatrix
            subjects={subjects.data?.subjects ?? []}
            locales={subjects.data?.locales ?? []}
            value={value}
            onChange={onChange}
          />
        </ListState>
      )}
      {error && (
        <Typography variant="pi" textColor="danger600" role="alert">
          {error}
        </Typography>
      )}
    </Flex>
  );
};
