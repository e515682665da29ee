import * as React from 'react';
import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { Check, Duplicate } from '@strapi/icons';

import { Mono } from './Mono';
import { useT } from './useT';

interface SecretShownOnceProps {
  value: string;
  /** Already translated. */
  texts: { title: string; warning: string; copy: string; copyFailed: string };
  /** Shown under the value (already translated). */
  note?: string;
  testId: string;
  onClose: () => void;
}

/** A secret the server answers once (a token value, a hook signing secret), with a copy button. */
export const SecretShownOnce = ({ value, texts, note, testId, onClose }: SecretShownOnceProps) => {
  const t = useT();
  const [copied, setCopied] = React.useState(false);
  const [copyFailed, setCopyFailed] = React.useState(false);

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setCopyFailed(false);
    } catch {
      setCopyFailed(true);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{texts.title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography>{texts.warning}</Typography>
            <Box padding={3} background="neutral100" hasRadius borderColor="neutral200">
              <Mono data-testid={testId}>{value}</Mono>
            </Box>
            {note && <Typography textColor="neutral600">{note}</Typography>}
            {copyFailed && <Typography textColor="danger600">{texts.copyFailed}</Typography>}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" startIcon={copied ? <Check /> : <Duplicate />} onClick={handleCopy}>
            {copied ? t('tokens.showOnce.copied', 'Copied') : texts.copy}
          </Button>
          <Button onClick={onClose}>{t('tokens.showOnce.done', 'I have copied it')}</Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
