import * as React from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

/**
 * The plugin's one react-query client, separate from the admin panel's internal store. Module-level, so the Tokens,
 * Hooks and Audit settings links, each mounted on its own, share one cache instead of starting a new one per mount.
 */
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

export const QueryProvider = ({ children }: { children: React.ReactNode }) => (
  <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
);
