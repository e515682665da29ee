import { Route, Routes } from 'react-router-dom';

import { ProtectedHooksPage } from './HooksPage';
import { QueryProvider } from './QueryProvider';

/** Settings -> Access Tokens -> Hooks & deliveries. */
export const HooksApp = () => (
  <QueryProvider>
    <Routes>
      <Route index element={<ProtectedHooksPage />} />
    </Routes>
  </QueryProvider>
);
