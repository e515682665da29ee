import { useTokenUsage } from '../../hooks/useTokenQueries';
import { UsageView } from './UsageView';

/** A token's use over the last 30 days, as loaded from the admin API. */
export const UsagePanel = ({ tokenId }: { tokenId: number }) => <UsageView usage={useTokenUsage(tokenId)} />;
