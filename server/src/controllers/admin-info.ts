import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getPluginConfig, getService } from '../utils';
import { readPluginReadme, readZapierGuide } from '../utils/readme';
import { expiresSoonWindowDays } from '../lib/expiry-thresholds';
import { mcpPathOf } from '../utils/surface-paths';
import { parseInput } from '../validation/parse';

import { auditListQuery } from '../../../shared/contracts/audit';
import type { SettingsResponse } from '../../../shared/contracts/settings';
import type { Ctx } from '../utils/koa';

/** Read-only facts the Settings page needs: scope and permission choices, the audit trail, the plugin's links and README. */
const createAdminInfoController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async scopes(ctx: Ctx) {
    ctx.body = { data: await getService('scopes', { strapi }).list() };
  },
  /** What a custom token may be granted: the permissions matrix's rows, columns, attributes and locales. */
  async permissionSubjects(ctx: Ctx) {
    ctx.body = { data: await getService('permissionSubjects', { strapi }).list() };
  },
  async audit(ctx: Ctx) {
    ctx.body = await getService('audit', { strapi }).list(await parseInput(auditListQuery, ctx.query));
  },
  /** The Documentation button's last resort, when no URL is configured and the documentation plugin is absent. */
  async readme(ctx: Ctx) {
    const readme = readPluginReadme();
    if (readme === null) throw new errors.NotFoundError('This installation of the plugin has no README');
    ctx.body = { data: { markdown: readme } };
  },
  /** The Zapier button's target when no `zapierUrl` is configured. */
  async zapierGuide(ctx: Ctx) {
    const guide = readZapierGuide();
    if (guide === null) throw new errors.NotFoundError('This installation of the plugin has no Zapier guide');
    ctx.body = { data: { markdown: guide } };
  },
  async settings(ctx: Ctx) {
    const { documentationUrl, zapierUrl, prefix, maxLifetimeDays, expiryWarnings, mcp } = getPluginConfig(strapi);
    const body: SettingsResponse = {
      data: {
        documentationUrl,
        zapierUrl,
        prefix,
        maxLifetimeDays,
        expiresSoonDays: expiresSoonWindowDays(expiryWarnings.thresholdsDays),
        mcp: { enabled: mcp.enabled, path: mcpPathOf(strapi) },
      },
    };
    ctx.body = body;
  },
});

export default createAdminInfoController;
