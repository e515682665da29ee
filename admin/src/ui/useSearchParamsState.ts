import * as React from 'react';
import { useSearchParams } from 'react-router-dom';

export type SearchParamChanges = Record<string, string | number | undefined>;

/**
 * The URL query as page state: `update` sets the given keys and drops those given as undefined or '',
 * replacing the history entry so filters typed letter by letter don't fill the back button.
 */
export const useSearchParamsState = () => {
  const [searchParams, setSearchParams] = useSearchParams();

  const update = React.useCallback(
    (changes: SearchParamChanges) =>
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          Object.entries(changes).forEach(([key, value]) => {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          });
          return next;
        },
        { replace: true }
      ),
    [setSearchParams]
  );

  return [searchParams, update] as const;
};

/** A page number or id from the URL; undefined unless a whole number above zero. */
export const positiveInt = (value: string | null) => {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : undefined;
};
