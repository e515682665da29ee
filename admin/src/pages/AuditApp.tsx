import { Route, Routes } from 'react-router-dom';

import { ProtectedAuditPage } from './AuditPage';
import { QueryProvider } from './QueryProvider';

/** Settings -> Access Tokens -> Audit log. */
export const AuditApp = () => (
  <QueryProvider>
    <Routes>
      <Route index element={<ProtectedAuditPage />} />
    </Routes>
  </QueryProvider>
);
