import { Flex, IconButton } from '@strapi/design-system';
import { Archive, ArrowClockwise, ArrowsCounterClockwise, Cross, Pencil, Trash } from '@strapi/icons';

import { useT } from '../ui/useT';

import type { AccessToken } from '../../../shared/contracts/tokens';
import type { TokenPermissions } from '../queries/useTokenPermissions';

export type TokenAction = 'edit' | 'revoke' | 'archive' | 'restore' | 'regenerate' | 'delete';

/** Revoke and regenerate only make sense for a token that is or will become valid. */
export const isRevocable = (token: AccessToken) => token.status === 'active' || token.status === 'scheduled';

interface ActionButton {
  action: TokenAction;
  label: string;
  icon: React.ReactElement;
  /** Whether this admin may take the action (shown) and whether this token allows it (enabled). */
  allowed: (permissions: TokenPermissions) => boolean;
  enabled?: (token: AccessToken) => boolean;
  /** Archive for a token that is not archived, Restore for one that is. */
  shown?: (token: AccessToken) => boolean;
  /** Why this token never allows the action: said in place of the label, the button disabled. */
  unavailable?: (token: AccessToken) => { id: string; defaultMessage: string } | null;
}

const archived = (token: AccessToken) => token.status === 'archived';

const BUTTONS: ActionButton[] = [
  { action: 'edit', label: 'Edit {name}', icon: <Pencil />, allowed: (p) => p.canUpdate },
  // Regenerate ends the old value and mints a working one: the server asks for both actions.
  {
    action: 'regenerate',
    label: 'Regenerate {name}',
    icon: <ArrowClockwise />,
    allowed: (p) => p.canRevoke && p.canCreate,
    enabled: isRevocable,
    // Its value comes from its variable at every start-up: the server answers 409.
    unavailable: (token) =>
      token.provisionedFrom
        ? {
            id: 'tokens.actions.regenerate.provisioned',
            defaultMessage: 'Cannot regenerate {name}: its value comes from {variable}. Change it and restart Strapi.',
          }
        : null,
  },
  { action: 'revoke', label: 'Revoke {name}', icon: <Cross />, allowed: (p) => p.canRevoke, enabled: isRevocable },
  {
    action: 'restore',
    label: 'Restore {name}',
    icon: <ArrowsCounterClockwise />,
    allowed: (p) => p.canUpdate,
    shown: archived,
  },
  {
    action: 'archive',
    label: 'Archive {name}',
    icon: <Archive />,
    allowed: (p) => p.canUpdate,
    shown: (token) => !archived(token),
  },
  {
    action: 'delete',
    label: 'Delete {name}',
    icon: <Trash />,
    allowed: (p) => p.canDelete,
    // The next start-up would create it again: the server answers 409 until it leaves the configuration.
    unavailable: (token) =>
      token.provisionedFrom
        ? {
            id: 'tokens.actions.delete.provisioned',
            defaultMessage:
              'Cannot delete {name}: it is configured from {variable}. Remove it from the configuration and restart Strapi first.',
          }
        : null,
  },
];

interface TokenRowActionsProps {
  token: AccessToken;
  permissions: TokenPermissions;
  onAction: (action: TokenAction, token: AccessToken) => void;
}

export const TokenRowActions = ({ token, permissions, onAction }: TokenRowActionsProps) => {
  const t = useT();
  const buttons = BUTTONS.filter(({ allowed, shown }) => allowed(permissions) && (shown?.(token) ?? true));

  return (
    <Flex gap={1} justifyContent="flex-end" onClick={(e: React.MouseEvent) => e.stopPropagation()}>
      {buttons.map(({ action, label, icon, enabled, unavailable }) => {
        const reason = unavailable?.(token);
        const values = { name: token.name, variable: token.provisionedFrom ?? '' };
        return (
          <IconButton
            key={action}
            label={reason ? t(reason.id, reason.defaultMessage, values) : t(`tokens.actions.${action}`, label, values)}
            variant="ghost"
            disabled={!!reason || !(enabled?.(token) ?? true)}
            onClick={() => onAction(action, token)}
          >
            {icon}
          </IconButton>
        );
      })}
    </Flex>
  );
};
