import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';

import { QueryProvider } from './components/QueryProvider';
import { AuditPage } from './pages/AuditPage';
import { HooksPage } from './pages/HooksPage';
import { ReadmePage, ZapierGuidePage } from './pages/ReadmePage';
import { TokenDetailPage } from './pages/TokenDetailPage';
import { TokensPage } from './pages/TokensPage';
import { PERMISSIONS } from './permissions';

/** What every settings link of the plugin mounts: its own query client, and its pages for admins who may read tokens. */
const PluginRoutes = ({ children }: { children: React.ReactNode }) => (
  <QueryProvider>
    <Page.Protect permissions={PERMISSIONS.read}>
      <Routes>{children}</Routes>
    </Page.Protect>
  </QueryProvider>
);

/** Settings -> Access Tokens -> Tokens: the list, each token's detail, the plugin's README and Zapier guide. */
export const TokensApp = () => (
  <PluginRoutes>
    <Route index element={<TokensPage />} />
    <Route path="readme" element={<ReadmePage />} />
    <Route path="zapier" element={<ZapierGuidePage />} />
    <Route path=":id" element={<TokenDetailPage />} />
  </PluginRoutes>
);

/** Settings -> Access Tokens -> Hooks & deliveries. */
export const HooksApp = () => (
  <PluginRoutes>
    <Route index element={<HooksPage />} />
  </PluginRoutes>
);

/** Settings -> Access Tokens -> Audit log. */
export const AuditApp = () => (
  <PluginRoutes>
    <Route index element={<AuditPage />} />
  </PluginRoutes>
);
