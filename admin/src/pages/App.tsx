import { Route, Routes } from 'react-router-dom';

import { QueryProvider } from './QueryProvider';
import { ProtectedReadmePage } from './ReadmePage';
import { ProtectedTokenDetailPage } from './TokenDetailPage';
import { ProtectedTokensPage } from './TokensPage';

/** Settings -> Access Tokens -> Tokens: the list, each token's detail, and the plugin's README. */
export const App = () => (
  <QueryProvider>
    <Routes>
      <Route index element={<ProtectedTokensPage />} />
      <Route path="readme" element={<ProtectedReadmePage />} />
      <Route path=":id" element={<ProtectedTokenDetailPage />} />
    </Routes>
  </QueryProvider>
);
