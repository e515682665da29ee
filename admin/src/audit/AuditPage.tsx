import { Flex } from '@strapi/design-system';

import { AuditFilters } from './AuditFilters';
import { AuditLogTable } from './AuditLogTable';
import { PageLayout } from '../ui/PageLayout';
import { PagedList } from '../ui/PagedList';
import { useAuditPageParams } from './useAuditPageParams';
import { useT } from '../ui/useT';
import { useAudit } from '../queries/audit';

/** Settings -> Access Tokens -> Audit log: every recorded change to a token or a hook, newest first. */
export const AuditPage = () => {
  const t = useT();
  const params = useAuditPageParams();
  const audit = useAudit(params.query);
  const filtered = params.query.subjectType !== undefined || params.query.action !== undefined;
  const title = t('audit.page.title', 'Audit log');

  return (
    <PageLayout
      title={title}
      subtitle={t('audit.page.subtitle', 'Who created, changed or removed which token or hook, and when.')}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <AuditFilters
          subjectType={params.query.subjectType}
          action={params.query.action}
          onSubjectTypeChange={params.setSubjectType}
          onActionChange={params.setAction}
        />
        <PagedList
          list={audit}
          label={title}
          onPageChange={params.setPage}
          loadingText={t('audit.loading', 'Loading the audit log…')}
          errorText={t('audit.error', 'The audit log could not be loaded.')}
          empty={
            filtered
              ? t('audit.emptyFiltered', 'No entry matches these filters.')
              : t('audit.empty', 'Nothing has been recorded yet.')
          }
        >
          {(entries) => <AuditLogTable entries={entries} />}
        </PagedList>
      </Flex>
    </PageLayout>
  );
};
