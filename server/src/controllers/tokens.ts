import type { Core } from '@strapi/strapi';

import { getService } from '../utils';
import { redactQueryParam } from '../utils/redact-url';
import { idOrNotFound, parseInput } from '../validation/parse';
import { createTokenBody, updateTokenBody } from '../validation/tokens';

import { regenerateTokenInput, type TokenResponse, type TokenWithKeyResponse } from '../../../shared/contracts/tokens';
import { tokenListQuery, tokenLookupInput, type TokenListResponse } from '../../../shared/contracts/token-list';
import type { Ctx } from '../utils/koa';

/** A non-numeric id names no token: 404, as it always has. */
const idOf = (ctx: Ctx) => idOrNotFound(ctx.params, 'Token not found');
const adminOf = (ctx: Ctx) => ctx.state.user;

/**
 * Admin API for tokens: each input is read here with its schema (shared/contracts/tokens.ts, plus what needs the
 * server, validation/tokens.ts); the service takes it typed and holds the rules other code shares.
 */
const createTokensController = ({ strapi }: { strapi: Core.Strapi }) => {
  const tokens = () => getService('tokens', { strapi });

  return {
    async find(ctx: Ctx) {
      const { query } = ctx;
      // A token value sent in the URL is refused (it belongs in the lookup's body), and kept out of the request log.
      if (query.accessKey) ctx.url = redactQueryParam(ctx.url, 'accessKey');
      ctx.body = (await tokens().list(await parseInput(tokenListQuery, query))) satisfies TokenListResponse;
    },
    async lookup(ctx: Ctx) {
      const input = await parseInput(tokenLookupInput, ctx.request.body);
      ctx.body = (await tokens().lookup(input)) satisfies TokenListResponse;
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await tokens().findOne(idOf(ctx)) } satisfies TokenResponse;
    },
    async create(ctx: Ctx) {
      const input = await parseInput(createTokenBody(await tokens().validationContext()), ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await tokens().create(input, adminOf(ctx)) } satisfies TokenWithKeyResponse;
    },
    async update(ctx: Ctx) {
      const id = idOf(ctx);
      const input = await parseInput(updateTokenBody(await tokens().validationContext()), ctx.request.body);
      ctx.body = { data: await tokens().update(id, input, adminOf(ctx)) } satisfies TokenResponse;
    },
    async delete(ctx: Ctx) {
      ctx.body = { data: await tokens().remove(idOf(ctx), adminOf(ctx)) } satisfies TokenResponse;
    },
    async revoke(ctx: Ctx) {
      ctx.body = { data: await tokens().revoke(idOf(ctx), adminOf(ctx)) } satisfies TokenResponse;
    },
    async archive(ctx: Ctx) {
      ctx.body = { data: await tokens().archive(idOf(ctx), adminOf(ctx)) } satisfies TokenResponse;
    },
    async restore(ctx: Ctx) {
      ctx.body = { data: await tokens().restore(idOf(ctx), adminOf(ctx)) } satisfies TokenResponse;
    },
    async regenerate(ctx: Ctx) {
      const id = idOf(ctx);
      const input = await parseInput(regenerateTokenInput, ctx.request.body);
      ctx.body = { data: await tokens().regenerate(id, input, adminOf(ctx)) } satisfies TokenWithKeyResponse;
    },
  };
};

export default createTokensController;
