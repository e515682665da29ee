import * as React from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Route, Routes } from 'react-router-dom';

import { ProtectedTokenDetailPage } from './TokenDetailPage';
import { ProtectedTokensPage } from './TokensPage';

/** The plugin's own react-query client, separate from the admin panel's internal store. */
export const App = () => {
  const [queryClient] = React.useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } })
  );
  return (
    <QueryClientProvider client={queryClient}>
      <Routes>
        <Route index element={<ProtectedTokensPage />} />
        <Route path=":id" element={<ProtectedTokenDetailPage />} />
      </Routes>
    </QueryClientProvider>
  );
};
