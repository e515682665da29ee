import { useTokenUsage } from '../queries/usage';
import { UsageView } from './UsageView';

/** A token's use over the last 30 days, as loaded from the admin API. */
export const UsagePanel = ({ tokenId }: { tokenId: number }) => (
  <div data-testid="usage-panel">
    <UsageView usage={useTokenUsage(tokenId)} />
  </div>
);
