import type { HookEvent } from '../../../shared/contracts/hooks';
import type { ScopeOption } from '../../../shared/contracts/tokens';
import { useT } from '../ui/useT';

export const EVENT_LABELS: Record<HookEvent, string> = {
  'entry.create': 'Entry created',
  'entry.update': 'Entry updated',
  'entry.delete': 'Entry deleted',
  'entry.publish': 'Entry published',
  'entry.unpublish': 'Entry unpublished',
};

/** How a subscription's event and content type read, in the hooks table and the regenerate dialog alike. */
export const useSubscriptionLabels = (scopes: ScopeOption[]) => {
  const t = useT();

  return {
    event: (event: HookEvent) => t(`hooks.event.${event}`, EVENT_LABELS[event]),
    contentType: (uid: string | null) =>
      uid
        ? (scopes.find((scope) => scope.uid === uid)?.displayName ?? uid)
        : t('hooks.subscriptions.allContentTypes', 'All readable'),
  };
};
