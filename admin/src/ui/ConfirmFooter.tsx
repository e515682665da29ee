import * as React from 'react';
import { Button, Dialog, type ButtonProps } from '@strapi/design-system';
import { useT } from './useT';

interface ConfirmFooterProps {
  confirmLabel: string;
  variant: ButtonProps['variant'];
  disabled?: boolean;
  onConfirm: () => Promise<unknown> | void;
}

/** A confirmation dialog's Cancel and confirm buttons; the confirm button spins while `onConfirm` runs. */
export const ConfirmFooter = ({ confirmLabel, variant, disabled = false, onConfirm }: ConfirmFooterProps) => {
  const t = useT();
  const [pending, setPending] = React.useState(false);

  const handleConfirm = async () => {
    if (disabled) return;
    setPending(true);
    try {
      await onConfirm();
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog.Footer>
      <Dialog.Cancel>
        <Button fullWidth variant="tertiary">
          {t('tokens.dialog.cancel', 'Cancel')}
        </Button>
      </Dialog.Cancel>
      <Button fullWidth variant={variant} disabled={disabled} loading={pending} onClick={handleConfirm}>
        {confirmLabel}
      </Button>
    </Dialog.Footer>
  );
};
