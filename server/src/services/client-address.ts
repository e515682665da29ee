import type { Core } from '@strapi/strapi';

import { resolveClientAddress, trustsProxiesWithoutBound, type ProxyTrust } from '../lib/client-address';
import { createIpMatcher } from '../lib/ip-allowlist';
import { getPluginConfig } from '../utils';
import type { Ctx } from '../utils/koa';

/**
 * The one place that says who the client of a request is (IP allowlists, the failed-authentication throttle,
 * rate limits, lastUsedIp). Reads Koa's proxy settings from Strapi's app, as Strapi set them from `server.proxy`.
 */
const createClientAddressService = ({ strapi }: { strapi: Core.Strapi }) => {
  const { trustedProxies } = getPluginConfig(strapi);
  const isTrustedProxy = trustedProxies.length > 0 ? createIpMatcher(trustedProxies) : null;

  let warnedOfUntrustedProxy = false;

  const trust = (): ProxyTrust => {
    const { app } = strapi.server;
    return { proxy: Boolean(app.proxy), maxIpsCount: Number(app.maxIpsCount) || 0, isTrustedProxy };
  };

  /** Once, at the first request a proxy forwarded while none is trusted: every client then looks like the proxy. */
  const warnOfUntrustedProxy = (header: string) => {
    warnedOfUntrustedProxy = true;
    strapi.log.warn(
      `[access-tokens] A request arrived with ${header} while no proxy is trusted (server.proxy.koa is off and ` +
        'trustedProxies is empty): IP allowlists, the failed-authentication throttle, leak-report limits and ' +
        "lastUsedIp see the proxy's address, so all its clients share one throttle. Set server.proxy.koa (with " +
        'maxIpsCount) or list your proxies in trustedProxies; see "Behind a reverse proxy" in docs/security.md.'
    );
  };

  return {
    /** The request's client address: the right-most hop no trusted proxy stands for. */
    of(ctx: Ctx): string {
      const header = strapi.server.app.proxyIpHeader || 'X-Forwarded-For';
      const forwardedFor = ctx.request.get(header) || undefined;
      const current = trust();
      if (forwardedFor && !current.proxy && !current.isTrustedProxy && !warnedOfUntrustedProxy) {
        warnOfUntrustedProxy(header);
      }
      return resolveClientAddress(ctx.req.socket.remoteAddress ?? '', forwardedFor, current);
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
