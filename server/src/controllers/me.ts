import type { Core } from '@strapi/strapi';

import { iso } from '../lib/iso-date';
import { getService } from '../utils';

import type { AuthenticatedToken } from '../services/authenticator';
import type { MeResponse } from '../../../shared/contracts/me';
import type { Ctx } from '../utils/koa';

const tokenOf = (ctx: Ctx) => ctx.state.auth.credentials as AuthenticatedToken;

/** Content API: who the calling token is (Zapier's connection test), and its way to end itself. */
const createMeController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async me(ctx: Ctx) {
    const token = tokenOf(ctx);
    ctx.body = {
      data: {
        id: token.id,
        name: token.name,
        accessLevel: token.accessLevel,
        scopes: token.scopes ?? [],
        validTo: iso(token.validTo),
      },
    } satisfies MeResponse;
  },
  /** Only the calling value: there is no id to name another token. A replaced value ends only itself. */
  async revoke(ctx: Ctx) {
    await getService('heldValues', { strapi }).endCallingValue(tokenOf(ctx));
    ctx.status = 204;
  },
});

export default createMeController;
