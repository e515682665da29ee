import { Flex } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';

import { AuditFilters } from '../components/AuditFilters';
import { AuditLogTable } from '../components/AuditLogTable';
import { ListState } from '../components/Section';
import { TablePagination } from '../components/TablePagination';
import { useAuditPageParams } from '../hooks/useAuditPageParams';
import { useAudit } from '../hooks/useTokenQueries';
import { useT } from '../hooks/useT';

/** Settings -> Access Tokens -> Audit log: every recorded change to a token or a hook, newest first. */
export const AuditPage = () => {
  const t = useT();
  const params = useAuditPageParams();
  const audit = useAudit(params.query);
  const entries = audit.data?.data ?? [];
  const filtered = params.query.subjectType !== undefined || params.query.action !== undefined;
  const title = t('audit.page.title', 'Audit log');

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t('audit.page.subtitle', 'Who created, changed or removed which token or hook, and when.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <AuditFilters
            subjectType={params.query.subjectType}
            action={params.query.action}
            onSubjectTypeChange={params.setSubjectType}
            onActionChange={params.setAction}
          />
          <ListState
            isLoading={audit.isLoading}
            isError={audit.isError}
            isEmpty={entries.length === 0}
            loadingText={t('audit.loading', 'Loading the audit log…')}
            errorText={t('audit.error', 'The audit log could not be loaded.')}
            emptyText={
              filtered
                ? t('audit.emptyFiltered', 'No entry matches these filters.')
                : t('audit.empty', 'Nothing has been recorded yet.')
            }
          >
            <AuditLogTable entries={entries} />
            {audit.data && (
              <TablePagination pagination={audit.data.meta.pagination} onPageChange={params.setPage} label={title} />
            )}
          </ListState>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
