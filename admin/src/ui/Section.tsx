import { Box, Flex, Loader, Typography } from '@strapi/design-system';

interface SectionProps {
  title: string;
  subtitle?: string;
  children: React.ReactNode;
}

/** A titled card, like the token detail page's blocks. */
export const Section = ({ title, subtitle, children }: SectionProps) => (
  <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="pi" textColor="neutral600">
            {subtitle}
          </Typography>
        )}
      </Flex>
      {children}
    </Flex>
  </Box>
);

interface ListStateProps {
  isLoading: boolean;
  isError: boolean;
  isEmpty: boolean;
  loadingText: string;
  errorText: string;
  /** A sentence, or a whole empty state. */
  empty: React.ReactNode;
  children: React.ReactNode;
}

/** Loading, error and empty states of a list inside a section; the list itself otherwise. */
export const ListState = ({ isLoading, isError, isEmpty, loadingText, errorText, empty, children }: ListStateProps) => {
  if (isLoading) {
    return (
      <Flex justifyContent="center" padding={6}>
        <Loader small>{loadingText}</Loader>
      </Flex>
    );
  }
  if (isError) return <Typography textColor="danger600">{errorText}</Typography>;
  if (isEmpty) return typeof empty === 'string' ? <Typography textColor="neutral600">{empty}</Typography> : empty;
  return <>{children}</>;
};
