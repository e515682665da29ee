import { Box, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import type { UseQueryResult } from '@tanstack/react-query';

import { PageLayout } from '../ui/PageLayout';
import { useT } from '../ui/useT';
import { useReadme, useZapierGuide } from '../queries/settings';
import { reflowMarkdown } from './reflowMarkdown';

/** A document the plugin ships, as its text, inside the admin. */
const DocPage = ({ title, doc }: { title: string; doc: UseQueryResult<string> }) => {
  if (doc.isLoading) return <Page.Loading />;
  if (doc.isError || doc.data === undefined) return <Page.Error />;

  return (
    <PageLayout title={title} back>
      <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
        <Typography tag="pre" variant="omega" style={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace' }}>
          {reflowMarkdown(doc.data)}
        </Typography>
      </Box>
    </PageLayout>
  );
};

/** The plugin's README inside the admin, for installations with no documentation URL and no documentation plugin. */
export const ReadmePage = () => {
  const t = useT();
  return <DocPage title={t('readme.title', 'Access Tokens documentation')} doc={useReadme()} />;
};

/** The plugin's Zapier guide inside the admin, for installations with no `zapierUrl`. */
export const ZapierGuidePage = () => {
  const t = useT();
  return <DocPage title={t('zapierGuide.title', 'Connect Zapier')} doc={useZapierGuide()} />;
};
