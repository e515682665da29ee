import { Route, Routes } from 'react-router-dom';

import { QueryProvider } from './QueryProvider';
import { ProtectedTokenDetailPage } from './TokenDetailPage';
import { ProtectedTokensPage } from './TokensPage';

/** Settings -> Access Tokens -> Tokens: the list and each token's detail. */
export const App = () => (
  <QueryProvider>
    <Routes>
      <Route index element={<ProtectedTokensPage />} />
      <Route path=":id" element={<ProtectedTokenDetailPage />} />
    </Routes>
  </QueryProvider>
);
