import type { Core } from '@strapi/strapi';

import { displayNameOf } from '../utils/actor';
import { formatMaskedKey } from '../lib/token-format';

import { REVOKE_REASONS, type RevokeReason } from '../../../shared/contracts/audit';
import type { AdminSnapshot } from '../../../shared/contracts/tokens';
import { withoutRefusedCharacters } from '../../../shared/plain-text';

const SUPER_ADMIN_CODE = 'strapi-super-admin';

export interface MaskedTokenInfo {
  name: string;
  keyPrefix: string;
  keyLastFour: string;
}

const maskedOf = (token: MaskedTokenInfo) => formatMaskedKey({ prefix: token.keyPrefix, lastFour: token.keyLastFour });

/**
 * Emails the super admins about tokens created or reported as leaked, or whose replaced value ended, through Strapi's
 * email plugin. Sent only when the app configured a provider (the plugin's default, sendmail, is taken as "not
 * configured"); never fails a request.
 */
const createNotifierService = ({ strapi }: { strapi: Core.Strapi }) => {
  const emailConfigured = () => {
    const provider = strapi.config.get('plugin::email.provider') as string | undefined;
    return Boolean(strapi.plugin('email')) && Boolean(provider) && provider !== 'sendmail';
  };

  /** The super admins, plus the active admins among `alsoIds` (a snapshot's email may belong to someone gone). */
  const sendToSuperAdmins = async (subject: string, text: string, alsoIds: number[] = []) => {
    const admins = await strapi.db.query('admin::user').findMany({
      where: {
        isActive: true,
        $or: [{ roles: { code: SUPER_ADMIN_CODE } }, ...(alsoIds.length ? [{ id: { $in: alsoIds } }] : [])],
      },
      select: ['email'],
    });
    const to = [...new Set(admins.map((admin: { email: string }) => admin.email).filter(Boolean))];
    if (to.length === 0) return;
    // A name stored before names were checked (shared/plain-text.ts) must not break the subject header.
    const oneLineSubject = withoutRefusedCharacters(subject);
    await strapi.plugin('email').service('email').send({ to, subject: oneLineSubject, text });
  };

  /** In the background: a mail that cannot be sent is logged, never thrown. */
  const notify = (what: string, subject: string, text: string) => {
    if (!emailConfigured()) return;
    sendToSuperAdmins(subject, text).catch((error: Error) => {
      strapi.log.warn(`[access-tokens] Could not email the super admins about ${what}: ${error.message}`);
    });
  };

  return {
    emailConfigured,

    /** Awaited, for the expiry check: the creator (if still an active admin) and the super admins. */
    async tokenExpiresSoon(token: MaskedTokenInfo & { creator: AdminSnapshot | null }, validTo: Date) {
      const when = validTo.toISOString();
      await sendToSuperAdmins(
        `Access token "${token.name}" expires on ${when.slice(0, 10)}`,
        `The access token "${token.name}" (${maskedOf(token)}) expires at ${when}. Integrations that use it will then be refused.\n\n` +
          'To keep them working, give them a new token before then, or extend this one under Settings > Access Tokens.',
        token.creator?.id ? [token.creator.id] : []
      );
    },

    tokenCreated(token: MaskedTokenInfo & { createdAt: Date | string }, creator: AdminSnapshot | null) {
      const who = displayNameOf(creator) || 'the system';
      const when = new Date(token.createdAt).toISOString();
      notify(
        'a new token',
        `New API access token "${token.name}"`,
        `${who} created the access token "${token.name}" (${maskedOf(token)}) at ${when}.\n\nIf you did not expect this, revoke it under Settings > Access Tokens.`
      );
    },

    /** One mail per report, naming every token it revoked. */
    tokensReportedLeaked(tokens: MaskedTokenInfo[], at: Date) {
      if (tokens.length === 0) return;
      const names = tokens.map((token) => `"${token.name}"`).join(', ');
      const list = tokens.map((token) => `- "${token.name}" (${maskedOf(token)})`).join('\n');
      notify(
        'leaked tokens',
        `Access token${tokens.length > 1 ? 's' : ''} ${names} revoked: reported as leaked`,
        `At ${at.toISOString()} someone who held the value of ${tokens.length > 1 ? 'these access tokens' : 'this access token'} reported it as leaked (POST /api/access-tokens/revoke), and it was revoked:\n\n${list}\n\n` +
          'Give the integrations that used it a new token, and find where the value was published: a repository, a log, a ticket. ' +
          'The history of each token is under Settings > Access Tokens.'
      );
    },

    /** Values a regeneration replaced, ended in their grace period by a leak report or by themselves (DELETE /me). */
    previousKeysEnded(tokens: MaskedTokenInfo[], reason: RevokeReason, at: Date) {
      if (tokens.length === 0) return;
      const reported = reason === REVOKE_REASONS.reportedLeak;
      const names = tokens.map((token) => `"${token.name}"`).join(', ');
      const list = tokens.map((token) => `- "${token.name}", current value ${maskedOf(token)}`).join('\n');
      const how = reported
        ? 'was reported as leaked (POST /api/access-tokens/revoke)'
        : 'ended itself (DELETE /api/access-tokens/me)';
      notify(
        'replaced values ended',
        `The replaced value of access token${tokens.length > 1 ? 's' : ''} ${names} ended: ${reported ? 'reported as leaked' : 'the value ended itself'}`,
        `At ${at.toISOString()} the old value of each token below, replaced by its last regeneration and still in its grace period, ${how}. ` +
          `It no longer works; the token and its current value are not affected:\n\n${list}\n\n` +
          (reported
            ? 'Make sure the integrations use the current value, and find where the old one was published: a repository, a log, a ticket. '
            : 'If none of your integrations did this, someone else held the old value: consider regenerating again. ') +
          'The history of each token is under Settings > Access Tokens.'
      );
    },
  };
};

export default createNotifierService;
