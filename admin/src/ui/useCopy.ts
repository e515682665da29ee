import * as React from 'react';

/**
 * Copying a value with the Clipboard API, for a button that says "Copied" afterwards and a message when the browser
 * refused (no permission, no secure context): the admin then selects the text by hand.
 */
export const useCopy = () => {
  const [copied, setCopied] = React.useState(false);
  const [failed, setFailed] = React.useState(false);

  const copy = React.useCallback(async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setFailed(false);
    } catch {
      setCopied(false);
      setFailed(true);
    }
  }, []);

  return { copied, failed, copy };
};
