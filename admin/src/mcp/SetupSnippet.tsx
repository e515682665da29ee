import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Check, Duplicate } from '@strapi/icons';
import { styled } from 'styled-components';

import { useCopy } from '../ui/useCopy';
import { useT } from '../ui/useT';

/** A command or a JSON file, kept as written: wrapped at spaces, a long URL or token anywhere. */
const Code = styled.pre`
  margin: 0;
  font-family: 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
  font-size: ${({ theme }) => theme.fontSizes[1]};
  color: ${({ theme }) => theme.colors.neutral800};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

interface SetupSnippetProps {
  /** Where the set-up goes, already translated. */
  where: string;
  snippet: string;
  testId: string;
}

/** One client's set-up with a copy button, which says so when the browser refused to copy. */
export const SetupSnippet = ({ where, snippet, testId }: SetupSnippetProps) => {
  const t = useT();
  const { copied, failed, copy } = useCopy();

  return (
    <Flex direction="column" alignItems="stretch" gap={2} paddingTop={3}>
      <Flex justifyContent="space-between" alignItems="center" gap={2}>
        <Typography variant="pi" textColor="neutral600">
          {where}
        </Typography>
        <Button
          size="S"
          variant="tertiary"
          startIcon={copied ? <Check /> : <Duplicate />}
          onClick={() => copy(snippet)}
        >
          {copied ? t('mcp.connect.copied', 'Copied') : t('mcp.connect.copy', 'Copy set-up')}
        </Button>
      </Flex>
      <Box padding={3} background="neutral100" hasRadius borderColor="neutral200">
        <Code data-testid={testId}>{snippet}</Code>
      </Box>
      {failed && (
        <Typography textColor="danger600">
          {t('mcp.connect.copyFailed', 'Copying failed: select the set-up and copy it by hand.')}
        </Typography>
      )}
    </Flex>
  );
};
