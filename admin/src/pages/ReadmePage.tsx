import { Box, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';

import { PageLayout } from '../components/PageLayout';
import { useT } from '../hooks/useT';
import { useReadme } from '../hooks/useTokenQueries';

/** The plugin's README inside the admin, for installations with no documentation URL and no documentation plugin. */
export const ReadmePage = () => {
  const t = useT();
  const readme = useReadme();

  if (readme.isLoading) return <Page.Loading />;
  if (readme.isError || readme.data === undefined) return <Page.Error />;

  return (
    <PageLayout title={t('readme.title', 'Access Tokens documentation')} back>
      <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
        <Typography tag="pre" variant="omega" style={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace' }}>
          {readme.data}
        </Typography>
      </Box>
    </PageLayout>
  );
};
