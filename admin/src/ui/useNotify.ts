import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';

import { getErrorMessage } from '../utils/apiErrors';
import { useT } from './useT';

interface ErrorOptions {
  /** A failure the admin can do nothing about but wait or reload, such as a conflict. */
  type?: 'danger' | 'warning';
  title?: string;
}

/** Notifications of how a request went; a failure shows the server's reason (Strapi's error message) when it gave one. */
export const useNotify = () => {
  const t = useT();
  const { toggleNotification } = useNotification();

  return React.useMemo(
    () => ({
      success: (message: string) => toggleNotification({ type: 'success', message }),
      error: (error: unknown, { type = 'danger', title }: ErrorOptions = {}) =>
        toggleNotification({
          type,
          title,
          message: getErrorMessage(error) ?? t('tokens.notification.error', 'Something went wrong'),
        }),
    }),
    [t, toggleNotification]
  );
};
