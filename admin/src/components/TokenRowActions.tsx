import { Flex, IconButton } from '@strapi/design-system';
import { Archive, ArrowClockwise, ArrowsCounterClockwise, Cross, Pencil, Trash } from '@strapi/icons';
import { useT } from '../hooks/useT';

import type { AccessToken } from '../../../shared/contracts/tokens';
import type { TokenPermissions } from '../hooks/useTokenPermissions';

export type TokenAction = 'edit' | 'revoke' | 'archive' | 'restore' | 'regenerate' | 'delete';

/** Regenerate ends the old value and mints a working one: the server asks for both actions. */
const canRegenerate = (permissions: TokenPermissions) => permissions.canRevoke && permissions.canCreate;

/** Revoke and regenerate only make sense for a token that is or will become valid. */
export const isRevocable = (token: AccessToken) => token.status === 'active' || token.status === 'scheduled';

interface TokenRowActionsProps {
  token: AccessToken;
  permissions: TokenPermissions;
  onAction: (action: TokenAction, token: AccessToken) => void;
}

export const TokenRowActions = ({ token, permissions, onAction }: TokenRowActionsProps) => {
  const t = useT();
  const label = (action: string, defaultMessage: string) =>
    t(`tokens.actions.${action}`, defaultMessage, { name: token.name });
  const archived = token.status === 'archived';

  return (
    <Flex gap={1} justifyContent="flex-end" onClick={(e: React.MouseEvent) => e.stopPropagation()}>
      {permissions.canUpdate && (
        <IconButton label={label('edit', 'Edit {name}')} variant="ghost" onClick={() => onAction('edit', token)}>
          <Pencil />
        </IconButton>
      )}
      {canRegenerate(permissions) && (
        <IconButton
          label={label('regenerate', 'Regenerate {name}')}
          variant="ghost"
          disabled={!isRevocable(token)}
          onClick={() => onAction('regenerate', token)}
        >
          <ArrowClockwise />
        </IconButton>
      )}
      {permissions.canRevoke && (
        <IconButton
          label={label('revoke', 'Revoke {name}')}
          variant="ghost"
          disabled={!isRevocable(token)}
          onClick={() => onAction('revoke', token)}
        >
          <Cross />
        </IconButton>
      )}
      {permissions.canUpdate &&
        (archived ? (
          <IconButton label={label('restore', 'Restore {name}')} variant="ghost" onClick={() => onAction('restore', token)}>
            <ArrowsCounterClockwise />
          </IconButton>
        ) : (
          <IconButton label={label('archive', 'Archive {name}')} variant="ghost" onClick={() => onAction('archive', token)}>
            <Archive />
          </IconButton>
        ))}
      {permissions.canDelete && (
        <IconButton label={label('delete', 'Delete {name}')} variant="ghost" onClick={() => onAction('delete', token)}>
          <Trash />
        </IconButton>
      )}
    </Flex>
  );
};
