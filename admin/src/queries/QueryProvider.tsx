import * as React from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

/** The plugin's own react-query client, separate from the admin panel's internal store. */
export const QueryProvider = ({ children }: { children: React.ReactNode }) => {
  const [queryClient] = React.useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } })
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
};
