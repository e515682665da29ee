import { ConnectAgentInDialog } from '../mcp/ConnectAgent';
import type { McpEndpoint } from '../mcp/ConnectAgentPanel';
import { SecretShownOnce } from '../ui/SecretShownOnce';
import { useT } from '../ui/useT';

import type { AccessTokenWithKey } from '../../../shared/contracts/tokens';

interface ShowOnceDialogProps {
  token: AccessTokenWithKey;
  /** Where agents connect (useMcpEndpoint): the dialog offers their set-ups with the value written in. */
  mcp?: McpEndpoint | null;
  onClose: () => void;
}

/** The only place the full token value is ever shown: after create and regenerate. */
export const ShowOnceDialog = ({ token, mcp = null, onClose }: ShowOnceDialogProps) => {
  const t = useT();

  return (
    <SecretShownOnce
      value={token.accessKey}
      testId="access-key"
      onClose={onClose}
      texts={{
        title: t('tokens.showOnce.title', 'Token "{name}" is ready', { name: token.name }),
        warning: t(
          'tokens.showOnce.warning',
          'Copy this token now and keep it somewhere safe: it will not be shown again. Treat it like a password.'
        ),
        copy: t('tokens.showOnce.copy', 'Copy token'),
        copyFailed: t('tokens.showOnce.copyFailed', 'Copying failed: select the token and copy it by hand.'),
      }}
    >
      <ConnectAgentInDialog mcp={mcp} token={token.accessKey} />
    </SecretShownOnce>
  );
};
