import type { Core } from '@strapi/strapi';

import { resolveClientAddress, trustsProxiesWithoutBound, type ProxyTrust } from '../lib/client-address';
import { createIpMatcher } from '../lib/ip-allowlist';
import { getPluginConfig } from '../utils';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * The one place that says who the client of a request is (IP allowlists, the failed-authentication throttle,
 * rate limits, lastUsedIp). Reads Koa's proxy settings from Strapi's app, as Strapi set them from `server.proxy`.
 */
const createClientAddressService = ({ strapi }: { strapi: Core.Strapi }) => {
  const { trustedProxies } = getPluginConfig(strapi);
  const isTrustedProxy = trustedProxies.length > 0 ? createIpMatcher(trustedProxies) : null;

  const trust = (): ProxyTrust => {
    const { app } = strapi.server;
    return { proxy: Boolean(app.proxy), maxIpsCount: Number(app.maxIpsCount) || 0, isTrustedProxy };
  };

  return {
    /** The request's client address: the right-most hop no trusted proxy stands for. */
    of(ctx: Ctx): string {
      const forwardedFor = ctx.request.get(strapi.server.app.proxyIpHeader || 'X-Forwarded-For') || undefined;
      return resolveClientAddress(ctx.req.socket.remoteAddress ?? '', forwardedFor, trust());
    },

    /** Once, at start-up: Koa (and so Strapi's ctx.request.ip) believes whatever a client writes. */
    warnIfUnbounded() {
      if (!trustsProxiesWithoutBound(trust())) return;
      strapi.log.warn(
        '[access-tokens] server.proxy.koa is on with neither server.proxy.maxIpsCount nor trustedProxies: Koa takes the ' +
          'left-most X-Forwarded-For entry, which clients write. Access tokens use the right-most entry (one proxy ' +
          'assumed); set maxIpsCount to the number of proxies in front of Strapi, or list them in trustedProxies.'
      );
    },
  };
};

export default createClientAddressService;
