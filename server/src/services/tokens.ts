import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { TokenRow, TokenWrite } from '../data/tokens';
import { diffTokens } from '../lib/token-changes';
import { toTime } from '../../../shared/token-lifetime';
import { snapshotAdmin, displayNameOf } from '../utils/actor';
import { getPluginConfig, getService } from '../utils';
import { createTokenLifecycle } from './token-lifecycle';
import { createTokenWrites } from './token-writes';

import type {
  AccessToken,
  AccessTokenWithKey,
  AdminSnapshot,
  CreateTokenInput,
  UpdateTokenInput,
} from '../../../shared/contracts/tokens';
import type { TokenListResponse, ValidTokenLookup, ValidTokenListQuery } from '../../../shared/contracts/token-list';
import { DAY_MS } from '../../../shared/token-lifetime';

type Actor = Parameters<typeof snapshotAdmin>[0];

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

/** Tokens for the admin: list, create, edit, delete; their changes of state are the lifecycle's (token-lifecycle). */
const createTokensService = ({ strapi }: { strapi: Core.Strapi }) => {
  const writes = createTokenWrites(strapi);
  const { tokens, audit, findRow, write, forgetCached, keyColumns, toDto, expiresSoonDays } = writes;
  const keys = () => getService('keys', { strapi });

  const validationContext = async () => ({
    knownScopes: await getService('scopes', { strapi }).knownUids(),
    prefix: keys().prefix,
    now: new Date(),
    catalog: await getService('permissionCatalog', { strapi }).catalog(),
  });

  const assertNameFree = async (name: string, exceptId?: number) => {
    if (await tokens.findByName(name, exceptId)) {
      throw new errors.ValidationError('A token with this name already exists', {
        errors: [{ path: ['name'], message: 'A token with this name already exists', name: 'ValidationError' }],
      });
    }
  };

  const assertKeyFree = async (keyHash: string) => {
    if (await tokens.findByHash(keyHash)) {
      throw new errors.ValidationError('This token value is already in use', {
        errors: [{ path: ['accessKey'], message: 'This token value is already in use', name: 'ValidationError' }],
      });
    }
  };

  /** validTo after validFrom, and within maxLifetimeDays, once the edit is applied to `row`. */
  const assertDates = (row: TokenRow, input: UpdateTokenInput) => {
    const validFrom = input.validFrom === undefined ? row.validFrom : input.validFrom;
    const validTo = input.validTo === undefined ? row.validTo : input.validTo;
    if (validFrom && validTo && new Date(validTo) <= new Date(validFrom)) {
      throw new errors.ValidationError('validTo must be after validFrom', {
        errors: [{ path: ['validTo'], message: 'validTo must be after validFrom', name: 'ValidationError' }],
      });
    }
    getService('tokenLifetime', { strapi }).assertUpdate(row, input);
  };

  /** A lookup's value is matched by its keyed hash; `expiresSoon` means within the largest warning threshold. */
  const listPage = async (query: ValidTokenListQuery | ValidTokenLookup): Promise<TokenListResponse> => {
    const accessKey = 'accessKey' in query ? query.accessKey : undefined;
    const now = new Date();
    const soonUntil = new Date(now.getTime() + expiresSoonDays * DAY_MS);
    const keyHash = accessKey ? keys().hash(accessKey) : undefined;
    const { rows, pagination } = await tokens.page({ ...query, soonUntil, keyHash }, now);

    const requests = await getService('usage', { strapi }).requestsLast24Hours(rows.map((row) => row.id));
    return {
      data: rows.map((row) => ({ ...toDto(row, now), requests24h: requests.get(row.id) ?? 0 })),
      meta: { pagination },
    };
  };

  return {
    /** What the tokens' schemas cannot check alone (validation/tokens.ts): the scopes, the prefix, the clock. */
    validationContext,

    list: listPage,

    /** The list filtered by a token value, which arrives in a body so that it stays out of URLs. */
    lookup: listPage,

    async findOne(id: number): Promise<AccessToken> {
      return toDto(await findRow(id));
    },

    async create(input: CreateTokenInput, actor: Actor): Promise<AccessTokenWithKey> {
      getService('tokenLifetime', { strapi }).assertCreate(input);
      await assertNameFree(input.name);
      const accessKey = input.accessKey ?? keys().generate();
      const keyData = keyColumns(accessKey);
      await assertKeyFree(keyData.keyHash);

      const creator: AdminSnapshot | null = snapshotAdmin(actor);
      const scopes = input.scopes ?? [];
      const rateLimit = input.rateLimit === undefined ? getPluginConfig(strapi).rateLimit.default : input.rateLimit;
      const row = await write(async () => {
        const created = await tokens.create({
          name: input.name,
          description: input.description ?? null,
          accessLevel: input.accessLevel,
          scopes,
          permissions: input.permissions ?? null,
          ipAllowlist: input.ipAllowlist ?? [],
          validFrom: toDate(input.validFrom),
          validTo: toDate(input.validTo),
          rateLimit,
          ...keyData,
          creator,
          // The sort key of "created by": lower case, as databases disagree on case in comparisons.
          creatorName: displayNameOf(creator).toLowerCase(),
        });
        const { accessKey: _secret, ...recorded } = input;
        await audit().record({
          action: 'token.create',
          token: created,
          actor,
          changes: diffTokens({}, { ...recorded, rateLimit }),
        });
        return created;
      });

      getService('notifier', { strapi }).tokenCreated(row, creator);
      return { ...toDto(row), accessKey };
    },

    async update(id: number, edit: UpdateTokenInput, actor: Actor): Promise<AccessToken> {
      const row = await findRow(id);
      const input = writes.withAgreeingAccess(row, edit);
      const changes = diffTokens(toDto(row), input);
      writes.assertEditable(row, changes);
      if (input.name !== undefined) await assertNameFree(input.name, id);

      const data: TokenWrite = { ...input };
      if (input.validFrom !== undefined) data.validFrom = toDate(input.validFrom);
      if (input.validTo !== undefined) data.validTo = toDate(input.validTo);
      // A new end is warned about afresh (services/expiry-warnings).
      if (input.validTo !== undefined && toTime(input.validTo) !== toTime(row.validTo)) data.expiryWarnedDays = null;

      const updated = await write(async ({ trx }) => {
        // The dates are checked against the row as it is under the lock: two edits cannot add up past the rules.
        const current = await tokens.lockedRow(trx, id);
        if (!current) throw new errors.NotFoundError('Token not found');
        assertDates(current, input);
        writes.withAgreeingAccess(current, edit); // Another edit may have changed the level since.
        const result = await tokens.update(id, data);
        await audit().record({ action: 'token.update', token: result, actor, changes });
        return result;
      });
      forgetCached(id);
      return toDto(updated);
    },

    async remove(id: number, actor: Actor): Promise<AccessToken> {
      const row = await findRow(id);
      writes.assertDeletable(row);
      await write(async () => {
        await tokens.delete(id);
        await getService('usage', { strapi }).removeOfToken(id);
        await audit().record({ action: 'token.delete', token: row, actor, changes: null });
      });
      forgetCached(id);
      return toDto(row);
    },

    ...createTokenLifecycle({ strapi }),
  };
};

export default createTokensService;
