/**
 * Counts failed authentications per client in a fixed window. `retryAfterMs` is null while the client
 * is under the limit. Memory is bounded: the oldest clients are forgotten first.
 */
export const createFailureThrottle = ({
  maxFailures,
  windowMs,
  maxClients = 10_000,
  clock = Date.now,
}: {
  maxFailures: number;
  windowMs: number;
  maxClients?: number;
  clock?: () => number;
}) => {
  const windows = new Map<string, { startedAt: number; failures: number }>();

  const current = (client: string) => {
    const window = windows.get(client);
    if (window && clock() - window.startedAt < windowMs) return window;
    windows.delete(client);
    return undefined;
  };

  return {
    recordFailure(client: string) {
      const window = current(client) ?? { startedAt: clock(), failures: 0 };
      window.failures += 1;
      windows.delete(client);
      windows.set(client, window);
      if (windows.size > maxClients) windows.delete(windows.keys().next().value as string);
    },
    retryAfterMs(client: string): number | null {
      const window = current(client);
      if (!window || window.failures < maxFailures) return null;
      return windowMs - (clock() - window.startedAt);
    },
  };
};
