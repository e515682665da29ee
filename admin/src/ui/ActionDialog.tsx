import { Dialog, Flex, Typography, type ButtonProps } from '@strapi/design-system';

import { ConfirmFooter } from './ConfirmFooter';

/** What a confirmation dialog calls back: the confirm button (its spinner waits for the promise), and closing. */
export interface DialogCallbacks<Args extends unknown[] = []> {
  onConfirm: (...args: Args) => Promise<unknown> | void;
  onClose: () => void;
}

interface ActionDialogProps extends DialogCallbacks {
  /** Already translated. */
  title: string;
  /** What the action does, centred above its fields. */
  body?: string;
  confirmLabel: string;
  icon: React.ReactElement;
  /** `danger-light` for an action that cannot be undone. */
  variant?: ButtonProps['variant'];
  /** The fields of the action, under the body. */
  children?: React.ReactNode;
  disabled?: boolean;
}

/** A confirmation dialog for an action: title, explanation, fields, Cancel and confirm. */
export const ActionDialog = ({
  title,
  body,
  confirmLabel,
  icon,
  variant = 'default',
  children,
  disabled,
  onConfirm,
  onClose,
}: ActionDialogProps) => (
  <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
    <Dialog.Content>
      <Dialog.Header>{title}</Dialog.Header>
      <Dialog.Body icon={icon}>
        <Flex direction="column" alignItems="stretch" gap={3}>
          {body && <Typography textAlign="center">{body}</Typography>}
          {children}
        </Flex>
      </Dialog.Body>
      <ConfirmFooter confirmLabel={confirmLabel} variant={variant} disabled={disabled} onConfirm={onConfirm} />
    </Dialog.Content>
  </Dialog.Root>
);
