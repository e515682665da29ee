import type { Core } from '@strapi/strapi';

import { displayNameOf } from '../utils/actor';
import { formatMaskedKey } from '../lib/token-format';

import type { AdminSnapshot } from '../../../shared/contracts/tokens';

const SUPER_ADMIN_CODE = 'strapi-super-admin';

/**
 * Emails the super admins when a token is created, through Strapi's email plugin. Sent only when the app
 * configured a provider (the plugin's default, sendmail, is taken as "not configured"); never fails a request.
 */
const createNotifierService = ({ strapi }: { strapi: Core.Strapi }) => {
  const emailConfigured = () => {
    const provider = strapi.config.get('plugin::email.provider') as string | undefined;
    return Boolean(strapi.plugin('email')) && Boolean(provider) && provider !== 'sendmail';
  };

  const send = async (token: { name: string; keyPrefix: string; keyLastFour: string; createdAt: Date | string }, creator: AdminSnapshot | null) => {
    const admins = await strapi.db.query('admin::user').findMany({
      where: { isActive: true, roles: { code: SUPER_ADMIN_CODE } },
      select: ['email'],
    });
    const to = admins.map((admin: { email: string }) => admin.email).filter(Boolean);
    if (to.length === 0) return;

    const masked = formatMaskedKey({ prefix: token.keyPrefix, lastFour: token.keyLastFour });
    const who = displayNameOf(creator) || 'the system';
    const when = new Date(token.createdAt).toISOString();
    await strapi.plugin('email').service('email').send({
      to,
      subject: `New API access token "${token.name}"`,
      text: `${who} created the access token "${token.name}" (${masked}) at ${when}.\n\nIf you did not expect this, revoke it under Settings > Access Tokens.`,
    });
  };

  return {
    tokenCreated(token: Parameters<typeof send>[0], creator: AdminSnapshot | null) {
      if (!emailConfigured()) return;
      send(token, creator).catch((error: Error) => {
        strapi.log.warn(`[access-tokens] Could not email the super admins about a new token: ${error.message}`);
      });
    },
  };
};

export type NotifierService = ReturnType<typeof createNotifierService>;
export default createNotifierService;
