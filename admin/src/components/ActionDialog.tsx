import { Dialog, Flex, Typography } from '@strapi/design-system';

import { ConfirmFooter } from './ConfirmFooter';

interface ActionDialogProps {
  /** Already translated. */
  title: string;
  body: string;
  confirmLabel: string;
  icon: React.ReactElement;
  /** The fields of the action, under the body. */
  children?: React.ReactNode;
  disabled?: boolean;
  onConfirm: () => Promise<unknown> | void;
  onClose: () => void;
}

/** A confirmation dialog for an action with a few choices: title, explanation, fields, Cancel and confirm. */
export const ActionDialog = ({ title, body, confirmLabel, icon, children, disabled, onConfirm, onClose }: ActionDialogProps) => (
  <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
    <Dialog.Content>
      <Dialog.Header>{title}</Dialog.Header>
      <Dialog.Body icon={icon}>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography textAlign="center">{body}</Typography>
          {children}
        </Flex>
      </Dialog.Body>
      <ConfirmFooter confirmLabel={confirmLabel} variant="default" disabled={disabled} onConfirm={onConfirm} />
    </Dialog.Content>
  </Dialog.Root>
);
