import { AuditLogTable } from './AuditLogTable';
import { ListState, Section } from '../ui/Section';
import { useT } from '../ui/useT';

import type { AuditEntry } from '../../../shared/contracts/audit';

interface TokenHistoryProps {
  entries: AuditEntry[];
  isLoading: boolean;
  isError: boolean;
}

/** Who did what, and when, to one token and its hooks: the audit log's table, limited to the token's entries. */
export const TokenHistory = ({ entries, isLoading, isError }: TokenHistoryProps) => {
  const t = useT();

  return (
    <Section title={t('tokens.audit.title', 'History')}>
      <ListState
        isLoading={isLoading}
        isError={isError}
        isEmpty={entries.length === 0}
        loadingText={t('tokens.audit.loading', 'Loading the history…')}
        errorText={t('tokens.audit.error', 'The history could not be loaded.')}
        empty={t('tokens.audit.empty', 'No recorded changes.')}
      >
        <AuditLogTable entries={entries} />
      </ListState>
    </Section>
  );
};
