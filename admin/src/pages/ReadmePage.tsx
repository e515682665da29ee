import { Box, Typography } from '@strapi/design-system';
import { BackButton, Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useQuery } from '@tanstack/react-query';

import { fetchReadme, readmeKeys } from '../api/settings';
import { useT } from '../hooks/useT';

/** The plugin's README inside the admin, for installations with no documentation URL and no documentation plugin. */
export const ReadmePage = () => {
  const t = useT();
  const client = useFetchClient();
  const readme = useQuery({ queryKey: readmeKeys.all, queryFn: () => fetchReadme(client), staleTime: Infinity });
  const title = t('readme.title', 'Access Tokens documentation');

  if (readme.isLoading) return <Page.Loading />;
  if (readme.isError || readme.data === undefined) return <Page.Error />;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header navigationAction={<BackButton fallback=".." />} title={title} />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Typography tag="pre" variant="omega" style={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace' }}>
            {readme.data}
          </Typography>
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};
