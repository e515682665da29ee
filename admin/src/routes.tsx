import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';

import { QueryProvider } from './queries/QueryProvider';
import { AuditPage } from './audit/AuditPage';
import { HooksPage } from './hooks/HooksPage';
import { ReadmePage, ZapierGuidePage } from './guides/ReadmePage';
import { TokenDetailPage } from './tokens/TokenDetailPage';
import { TokensPage } from './tokens/TokensPage';
import { PERMISSIONS } from './permissions';

/** What every settings link mounts: the plugin's one query client, and its pages for admins who may read tokens. */
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
