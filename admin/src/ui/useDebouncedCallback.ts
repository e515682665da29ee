import * as React from 'react';

/** Calls `callback` once `delay` ms have passed without another call; pending calls are dropped on unmount. */
export const useDebouncedCallback = <Args extends unknown[]>(callback: (...args: Args) => void, delay = 300) => {
  const callbackRef = React.useRef(callback);
  const timer = React.useRef<ReturnType<typeof setTimeout>>();
  callbackRef.current = callback;

  React.useEffect(() => () => clearTimeout(timer.current), []);

  return React.useCallback(
    (...args: Args) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => callbackRef.current(...args), delay);
    },
    [delay]
  );
};
