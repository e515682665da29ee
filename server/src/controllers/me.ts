import type { Core } from '@strapi/strapi';

import type { TokenRow } from '../utils/token-dto';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Content API: who the calling token is (Zapier's connection test). */
const createMeController = (_: { strapi: Core.Strapi }) => ({
  async me(ctx: Ctx) {
    const token = ctx.state.auth.credentials as TokenRow;
    ctx.body = {
      data: {
        id: token.id,
        name: token.name,
        accessLevel: token.accessLevel,
        scopes: token.scopes ?? [],
        validTo: token.validTo ? new Date(token.validTo).toISOString() : null,
      },
    };
  },
});

export default createMeController;
