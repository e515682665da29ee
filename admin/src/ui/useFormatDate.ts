import * as React from 'react';
import { useIntl } from 'react-intl';

import { DATE_TIME_FORMAT } from '../utils/format';

/** A date and time in the admin's locale; `empty` (a dash unless given) for none. */
export const useFormatDate = () => {
  const { formatDate } = useIntl();
  return React.useCallback(
    (value: string | null, empty = '—') => (value ? formatDate(value, DATE_TIME_FORMAT) : empty),
    [formatDate]
  );
};
