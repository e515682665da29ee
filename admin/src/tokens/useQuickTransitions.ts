import { useNotify } from '../ui/useNotify';
import { useT } from '../ui/useT';
import { useTokenMutations } from '../queries/tokens';

import type { AccessToken } from '../../../shared/contracts/tokens';

/** Archive and restore need no confirmation: they are reversible. */
export const useQuickTransitions = () => {
  const t = useT();
  const notify = useNotify();
  const { transition } = useTokenMutations();

  return async (token: AccessToken, kind: 'archive' | 'restore') => {
    try {
      await transition.mutateAsync({ id: token.id, transition: kind });
      notify.success(
        kind === 'archive'
          ? t('tokens.notification.archived', 'Token archived')
          : t('tokens.notification.restored', 'Token restored')
      );
    } catch (error) {
      notify.error(error);
    }
  };
};
