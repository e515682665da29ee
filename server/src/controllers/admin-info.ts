import type { Core } from '@strapi/strapi';

import { getPluginConfig, getService } from '../utils';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Read-only facts the Settings page needs: scope choices, the audit trail and the plugin's links. */
const createAdminInfoController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async scopes(ctx: Ctx) {
    ctx.body = { data: await getService('scopes', { strapi }).list() };
  },
  async audit(ctx: Ctx) {
    ctx.body = await getService('audit', { strapi }).list(ctx.query);
  },
  async settings(ctx: Ctx) {
    const { documentationUrl, zapierUrl, prefix } = getPluginConfig(strapi);
    ctx.body = { data: { documentationUrl, zapierUrl, prefix } };
  },
});

export default createAdminInfoController;
