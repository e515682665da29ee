import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { Check, Duplicate } from '@strapi/icons';

import { Mono } from './Mono';
import { useCopy } from './useCopy';
import { useT } from './useT';

interface SecretShownOnceProps {
  value: string;
  /** Already translated. */
  texts: { title: string; warning: string; copy: string; copyFailed: string };
  /** Shown under the value (already translated). */
  note?: string;
  /** More under the value: what to do with it (the token dialog's "Connect an AI agent"). */
  children?: React.ReactNode;
  testId: string;
  onClose: () => void;
}

/** A secret the server answers once (a token value, a hook signing secret), with a copy button. */
export const SecretShownOnce = ({ value, texts, note, children, testId, onClose }: SecretShownOnceProps) => {
  const t = useT();
  const { copied, failed: copyFailed, copy } = useCopy();

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
            {children}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" startIcon={copied ? <Check /> : <Duplicate />} onClick={() => copy(value)}>
            {copied ? t('tokens.showOnce.copied', 'Copied') : texts.copy}
          </Button>
          <Button onClick={onClose}>{t('tokens.showOnce.done', 'I have copied it')}</Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
