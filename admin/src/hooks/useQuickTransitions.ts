import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { getErrorMessage } from '../utils/apiErrors';
import { getTranslation } from '../utils/getTranslation';
import { useTokenMutations } from './useTokenMutations';

import type { AccessToken } from '../../../shared/contracts/tokens';

/** Archive and restore need no confirmation: they are reversible. */
export const useQuickTransitions = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { transition } = useTokenMutations();

  return async (token: AccessToken, kind: 'archive' | 'restore') => {
    try {
      await transition.mutateAsync({ id: token.id, transition: kind });
      toggleNotification({
        type: 'success',
        message: formatMessage(
          kind === 'archive'
            ? { id: getTranslation('tokens.notification.archived'), defaultMessage: 'Token archived' }
            : { id: getTranslation('tokens.notification.restored'), defaultMessage: 'Token restored' }
        ),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: getErrorMessage(error) ?? String(error) });
    }
  };
};
