import * as React from 'react';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

/** What a message's placeholders are filled with. */
export type MessageValues = Record<string, string | number>;

/** The plugin's translator: `t('tokens.list.empty', 'No tokens yet.')`, the key prefixed with the plugin id. */
export const useT = () => {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (id: string, defaultMessage: string, values?: MessageValues) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values),
    [formatMessage]
  );
};

export type Translate = ReturnType<typeof useT>;

/** An enum's English labels, each translated under `<prefix>.<value>`. */
export interface ValueLabels<Value extends string> {
  prefix: string;
  labels: Record<Value, string>;
}

/** One value's label, translated. */
export const labelOf = <Value extends string>(t: Translate, { prefix, labels }: ValueLabels<Value>, value: Value) =>
  t(`${prefix}.${value}`, labels[value]);
