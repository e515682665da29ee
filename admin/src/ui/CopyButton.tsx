import * as React from 'react';
import { IconButton } from '@strapi/design-system';
import { Check, Duplicate } from '@strapi/icons';
import { useT } from './useT';

interface CopyButtonProps {
  value: string;
  label?: string;
  onCopied?: () => void;
}

/** Copies `value` with the Clipboard API and shows a check mark for a moment. */
export const CopyButton = ({ value, label, onCopied }: CopyButtonProps) => {
  const t = useT();
  const [copied, setCopied] = React.useState(false);

  React.useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const handleClick = async () => {
    await navigator.clipboard.writeText(value);
    setCopied(true);
    onCopied?.();
  };

  const text = copied ? t('tokens.copy.done', 'Copied') : (label ?? t('tokens.copy.label', 'Copy'));

  return (
    <IconButton label={text} onClick={handleClick} variant="ghost" withTooltip={false}>
      {copied ? <Check /> : <Duplicate />}
    </IconButton>
  );
};
