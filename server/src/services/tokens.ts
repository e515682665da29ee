import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { deriveTokenStatus, toTime } from '../lib/token-status';
import { snapshotAdmin, displayNameOf } from '../utils/actor';
import { ConflictError } from '../utils/errors';
import { asValidationErrorIfDuplicate } from '../utils/unique-violation';
import { TOKEN_UID, getService } from '../utils';
import { expiresSoonDays, toTokenDto, type TokenRow } from '../utils/token-dto';
import { DAY_MS } from '../lib/token-lifetime';
import {
  validateCreateToken,
  validateRegenerateToken,
  validateTokenListQuery,
  validateTokenLookup,
  validateUpdateToken,
  type ValidListQuery,
} from '../validation/tokens';
import { listSegments, toScopeKey } from './token-list';

import { REVOKE_REASONS, type RevokeReason } from '../../../shared/contracts/audit';
import type {
  AccessToken,
  AccessTokenWithKey,
  AdminSnapshot,
  TokenListResponse,
} from '../../../shared/contracts/tokens';

type Actor = Parameters<typeof snapshotAdmin>[0];

const EDITABLE_FIELDS = ['name', 'description', 'accessLevel', 'scopes', 'ipAllowlist', 'validFrom', 'validTo'] as const;

/** What changed between two versions of a token, for the audit trail. */
const diff = (before: object, after: object) =>
  Object.fromEntries(
    EDITABLE_FIELDS.filter((field) => field in after)
      .map((field) => [field, { from: (before as Record<string, unknown>)[field] ?? null, to: (after as Record<string, unknown>)[field] ?? null }] as const)
      .filter(([, change]) => JSON.stringify(change.from) !== JSON.stringify(change.to))
  );

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

const createTokensService = ({ strapi }: { strapi: Core.Strapi }) => {
  const keys = () => getService('keys', { strapi });
  const audit = () => getService('audit', { strapi });
  const tokens = () => strapi.db.query(TOKEN_UID);

  const validationContext = async () => ({
    knownScopes: await getService('scopes', { strapi }).knownUids(),
    prefix: keys().prefix,
    now: new Date(),
  });

  const findRow = async (id: number): Promise<TokenRow> => {
    const row = Number.isSafeInteger(id) ? await tokens().findOne({ where: { id } }) : null;
    if (!row) throw new errors.NotFoundError('Token not found');
    return row as TokenRow;
  };

  const assertNameFree = async (name: string, exceptId?: number) => {
    const clash = await tokens().findOne({ where: { nameKey: name.toLowerCase(), ...(exceptId ? { id: { $ne: exceptId } } : {}) } });
    if (clash) {
      throw new errors.ValidationError('A token with this name already exists', {
        errors: [{ path: ['name'], message: 'A token with this name already exists', name: 'ValidationError' }],
      });
    }
  };

  const assertKeyFree = async (keyHash: string) => {
    const clash = await tokens().findOne({ where: { $or: [{ keyHash }, { previousKeyHash: keyHash }] } });
    if (clash) {
      throw new errors.ValidationError('This token value is already in use', {
        errors: [{ path: ['accessKey'], message: 'This token value is already in use', name: 'ValidationError' }],
      });
    }
  };

  /** One transaction for a change and its audit entry; a unique-index race becomes the usual 400. */
  const write = <T>(work: () => Promise<T>): Promise<T> =>
    (strapi.db.transaction(work) as Promise<T>).catch((error: unknown) => {
      throw asValidationErrorIfDuplicate(error);
    });

  /** Effective on this instance at once; other instances follow through the audit poll. */
  const forgetCached = (id: number) => getService('authenticator', { strapi }).evict(id);

  const keyColumns = (value: string) => ({ keyHash: keys().hash(value), ...keys().mask(value) });

  const transition = async (
    id: number,
    actor: Actor,
    action: 'revoke' | 'archive' | 'restore',
    allowed: (status: ReturnType<typeof deriveTokenStatus>) => boolean,
    changes: (now: Date) => Partial<Record<keyof TokenRow, unknown>>,
    reason?: RevokeReason,
    check?: (row: TokenRow) => void
  ): Promise<AccessToken> => {
    const row = await findRow(id);
    const status = deriveTokenStatus(row);
    if (!allowed(status)) {
      throw new ConflictError(`Cannot ${action} a token that is ${status}`, { status });
    }
    check?.(row);
    const data = changes(new Date());
    const updated = await write(async () => {
      const result = (await tokens().update({ where: { id }, data })) as TokenRow;
      const changes = reason ? { ...diff(row, data), reason: { from: null, to: reason } } : diff(row, data);
      await audit().record({ action: `token.${action}`, token: result, actor, changes });
      return result;
    });
    forgetCached(id);
    return toTokenDto(updated);
  };

  const listPage = async (query: ValidListQuery): Promise<TokenListResponse> => {
    const now = new Date();
    const { page, pageSize } = query;
    const offset = (page - 1) * pageSize;
    const rows: TokenRow[] = [];
    let total = 0;
    const soonUntil = new Date(now.getTime() + expiresSoonDays() * DAY_MS);
    for (const { where, orderBy } of listSegments({ ...query, soonUntil }, keys().hash, now)) {
      const count = await tokens().count({ where });
      const start = Math.max(0, offset - total);
      const wanted = pageSize - rows.length;
      if (wanted > 0 && start < count) {
        rows.push(...((await tokens().findMany({ where, orderBy, offset: start, limit: wanted })) as TokenRow[]));
      }
      total += count;
    }

    return {
      data: rows.map((row) => toTokenDto(row, now)),
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    };
  };

  return {
    list: async (rawQuery: unknown) => listPage(await validateTokenListQuery(rawQuery ?? {})),

    /** The list filtered by a token value, which arrives in a body so that it stays out of URLs. */
    lookup: async (body: unknown) => listPage(await validateTokenLookup(body)),

    async findOne(id: number): Promise<AccessToken> {
      return toTokenDto(await findRow(id));
    },

    async create(body: unknown, actor: Actor): Promise<AccessTokenWithKey> {
      const input = await validateCreateToken(body, await validationContext());
      getService('tokenLifetime', { strapi }).assertCreate(input);
      await assertNameFree(input.name);
      const accessKey = input.accessKey ?? keys().generate();
      const keyData = keyColumns(accessKey);
      await assertKeyFree(keyData.keyHash);

      const creator: AdminSnapshot | null = snapshotAdmin(actor);
      const scopes = input.scopes ?? [];
      const row = await write(async () => {
        const created = (await tokens().create({
          data: {
            name: input.name,
            nameKey: input.name.toLowerCase(),
            description: input.description ?? null,
            accessLevel: input.accessLevel,
            scopes,
            scopeKey: toScopeKey(scopes),
            ipAllowlist: input.ipAllowlist ?? [],
            validFrom: toDate(input.validFrom),
            validTo: toDate(input.validTo),
            ...keyData,
            creator,
            // The sort key of "created by": lower case, as databases disagree on case in comparisons.
            creatorName: displayNameOf(creator).toLowerCase(),
          },
        })) as TokenRow;
        const { accessKey: _secret, ...recorded } = input;
        await audit().record({ action: 'token.create', token: created, actor, changes: diff({}, recorded) });
        return created;
      });

      getService('notifier', { strapi }).tokenCreated(row, creator);
      return { ...toTokenDto(row), accessKey };
    },

    async update(id: number, body: unknown, actor: Actor): Promise<AccessToken> {
      const row = await findRow(id);
      const input = await validateUpdateToken(body, await validationContext());
      const validFrom = input.validFrom === undefined ? row.validFrom : input.validFrom;
      const validTo = input.validTo === undefined ? row.validTo : input.validTo;
      if (validFrom && validTo && new Date(validTo) <= new Date(validFrom)) {
        throw new errors.ValidationError('validTo must be after validFrom', {
          errors: [{ path: ['validTo'], message: 'validTo must be after validFrom', name: 'ValidationError' }],
        });
      }
      getService('tokenLifetime', { strapi }).assertUpdate(row, input);
      if (input.name !== undefined) await assertNameFree(input.name, id);

      const data: Record<string, unknown> = { ...input };
      if (input.name !== undefined) data.nameKey = input.name.toLowerCase();
      if (input.scopes !== undefined) data.scopeKey = toScopeKey(input.scopes);
      if (input.validFrom !== undefined) data.validFrom = toDate(input.validFrom);
      if (input.validTo !== undefined) data.validTo = toDate(input.validTo);
      // A new end is warned about afresh (services/expiry-warnings).
      if (input.validTo !== undefined && toTime(input.validTo) !== toTime(row.validTo)) data.expiryWarnedDays = null;

      const updated = await write(async () => {
        const result = (await tokens().update({ where: { id }, data })) as TokenRow;
        await audit().record({ action: 'token.update', token: result, actor, changes: diff(toTokenDto(row), input) });
        return result;
      });
      forgetCached(id);
      return toTokenDto(updated);
    },

    /**
     * Ends the token now: valid-to becomes now and the status revoked. Without an admin (`actor` null), `reason`
     * says who asked: a leak report or the token itself.
     */
    revoke: (id: number, actor: Actor, reason?: RevokeReason) =>
      transition(
        id,
        actor,
        'revoke',
        // A leaked value is ended for good, even on an archived or expired token that could be restored or extended.
        (status) => (reason === REVOKE_REASONS.reportedLeak ? status !== 'revoked' : status === 'active' || status === 'scheduled'),
        (now) => ({ revokedAt: now, validTo: now, previousKeyHash: null, previousKeyExpiresAt: null }),
        reason
      ),

    archive: (id: number, actor: Actor) =>
      transition(id, actor, 'archive', (status) => status !== 'archived', (now) => ({ archivedAt: now })),

    restore: (id: number, actor: Actor) =>
      transition(id, actor, 'restore', (status) => status === 'archived', () => ({ archivedAt: null }), undefined, (row) =>
        getService('tokenLifetime', { strapi }).assertRestore(row)
      ),

    /**
     * A new value; with a grace period the old one keeps working until it ends (like Stripe's roll). With
     * dropSubscriptions, the token's hooks go in the same transaction: a thief's subscription must not outlive it.
     */
    async regenerate(id: number, body: unknown, actor: Actor): Promise<AccessTokenWithKey> {
      const row = await findRow(id);
      const { gracePeriodSeconds = 0, dropSubscriptions = false } = await validateRegenerateToken(body);
      const status = deriveTokenStatus(row);
      if (status === 'revoked' || status === 'archived') {
        throw new ConflictError(`Cannot regenerate a token that is ${status}`, { status });
      }
      const accessKey = keys().generate();
      const graceEnds = gracePeriodSeconds > 0 ? new Date(Date.now() + gracePeriodSeconds * 1000) : null;
      const data = {
        ...keyColumns(accessKey),
        previousKeyHash: graceEnds ? row.keyHash : null,
        previousKeyExpiresAt: graceEnds,
      };
      const updated = await write(async () => {
        const result = (await tokens().update({ where: { id }, data })) as TokenRow;
        const changes: Record<string, { from: unknown; to: unknown }> = { gracePeriodSeconds: { from: null, to: gracePeriodSeconds } };
        if (dropSubscriptions) {
          const dropped = await getService('hookSubscriptions', { strapi }).removeAllOfToken(result, 'token regenerated', actor);
          changes.droppedSubscriptions = { from: null, to: dropped };
        }
        await audit().record({ action: 'token.regenerate', token: result, actor, changes });
        return result;
      });
      forgetCached(id);
      return { ...toTokenDto(updated), accessKey };
    },

    async remove(id: number, actor: Actor): Promise<AccessToken> {
      const row = await findRow(id);
      await write(async () => {
        await tokens().delete({ where: { id } });
        await audit().record({ action: 'token.delete', token: row, actor, changes: null });
      });
      forgetCached(id);
      return toTokenDto(row);
    },
  };
};

export type TokensService = ReturnType<typeof createTokensService>;
export default createTokensService;
