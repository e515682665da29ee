import { Dialog } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';

import { RegenerateDialog } from './RegenerateDialog';
import { RevokeDialog } from './RevokeDialog';
import { ShowOnceDialog } from './ShowOnceDialog';
import { useMcpEndpoint } from '../mcp/useMcpEndpoint';
import { TokenFormModal, type TokenFormModalProps } from './TokenFormModal';
import { useHookSubscriptions } from '../queries/hooks';
import { usePermissionSubjects } from '../queries/permissions';
import { useSettings } from '../queries/settings';
import { useNotify } from '../ui/useNotify';
import { useTokenMutations } from '../queries/tokens';
import { useT } from '../ui/useT';

import type { TokenAction } from './TokenRowActions';
import type {
  AccessToken,
  AccessTokenWithKey,
  CreateTokenInput,
  RegenerateTokenInput,
  ScopeOption,
} from '../../../shared/contracts/tokens';

export type DialogState =
  | null
  | { type: 'create' }
  | { type: 'showOnce'; token: AccessTokenWithKey }
  | { type: Exclude<TokenAction, 'archive' | 'restore'>; token: AccessToken };

interface TokenDialogsProps {
  dialog: DialogState;
  scopes: ScopeOption[];
  onChange: (dialog: DialogState) => void;
}

interface RegenerateTokenDialogProps {
  token: AccessToken;
  scopes: ScopeOption[];
  onConfirm: (input: RegenerateTokenInput) => Promise<unknown>;
  onClose: () => void;
}

/** The regenerate dialog with the token's hooks (at most 100 listed; a token holds 25 by default). */
const RegenerateTokenDialog = ({ token, ...props }: RegenerateTokenDialogProps) => {
  const hooks = useHookSubscriptions({ tokenId: token.id, page: 1, pageSize: 100 });
  return <RegenerateDialog token={token} hooks={hooks.data} hooksError={hooks.isError} {...props} />;
};

/**
 * The create and edit form with what it needs from the server, fetched while it is open: what a custom token may
 * be granted, and the longest lifetime the plugin's settings allow.
 */
const TokenForm = (props: Omit<TokenFormModalProps, 'permissionSubjects' | 'maxLifetimeDays'>) => {
  const permissionSubjects = usePermissionSubjects();
  const maxLifetimeDays = useSettings().data?.maxLifetimeDays;
  return <TokenFormModal {...props} permissionSubjects={permissionSubjects} maxLifetimeDays={maxLifetimeDays} />;
};

/** Wires the dialogs to the admin API; the dialogs themselves only take data and callbacks. */
export const TokenDialogs = ({ dialog, scopes, onChange }: TokenDialogsProps) => {
  const t = useT();
  const notify = useNotify();
  const mutations = useTokenMutations();
  const mcp = useMcpEndpoint();
  const close = () => onChange(null);
  const notifyError = (error: unknown) => notify.error(error);

  /** Runs a mutation, reporting a failure instead of throwing: for dialogs that show no field errors. */
  const run = async (action: () => Promise<unknown>, successId: string, successMessage: string) => {
    try {
      await action();
      notify.success(t(successId, successMessage));
      close();
    } catch (error) {
      notifyError(error);
    }
  };

  if (!dialog) return null;

  switch (dialog.type) {
    case 'create':
    case 'edit': {
      const edited = dialog.type === 'edit' ? dialog.token : undefined;
      const submit = async (input: CreateTokenInput) => {
        if (!edited) return onChange({ type: 'showOnce', token: await mutations.create.mutateAsync(input) });
        await mutations.update.mutateAsync({ id: edited.id, input });
        notify.success(t('tokens.notification.updated', 'Token saved'));
        return close();
      };
      return <TokenForm token={edited} scopes={scopes} onClose={close} onError={notifyError} onSubmit={submit} />;
    }
    case 'showOnce':
      return <ShowOnceDialog token={dialog.token} mcp={mcp} onClose={close} />;
    case 'revoke':
      return (
        <RevokeDialog
          token={dialog.token}
          onClose={close}
          onConfirm={() =>
            run(
              () => mutations.transition.mutateAsync({ id: dialog.token.id, transition: 'revoke' }),
              'tokens.notification.revoked',
              'Token revoked'
            )
          }
        />
      );
    case 'regenerate':
      return (
        <RegenerateTokenDialog
          token={dialog.token}
          scopes={scopes}
          onClose={close}
          onConfirm={async (input) => {
            try {
              const token = await mutations.regenerate.mutateAsync({ id: dialog.token.id, input });
              onChange({ type: 'showOnce', token });
            } catch (error) {
              notifyError(error);
            }
          }}
        />
      );
    case 'delete':
      return (
        <Dialog.Root open onOpenChange={(open) => !open && close()}>
          <ConfirmDialog
            onConfirm={() =>
              run(() => mutations.remove.mutateAsync(dialog.token.id), 'tokens.notification.deleted', 'Token deleted')
            }
          >
            {t('tokens.delete.body', 'Delete "{name}"? Integrations using it stop working and this cannot be undone.', {
              name: dialog.token.name,
            })}
          </ConfirmDialog>
        </Dialog.Root>
      );
    default:
      return null;
  }
};
