import { hasValidChecksum } from '../lib/token-format';
import type { PresentedToken } from '../services/authenticator';
import { prefixedValues, redactPrefixedValues } from '../utils/redact-url';
import type { Ctx } from '../utils/koa';

const BEARER = /^bearer\s+(\S+)\s*$/i;

/**
 * The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), never the query string, and
 * whether it has our prefix. The one place the header is read: serve-first hands the result on to the strategy.
 */
export const presentedToken = (ctx: Ctx, prefix: string): PresentedToken | null => {
  const header = ctx.request.header.authorization;
  const value = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
  return value ? { value, prefixed: value.startsWith(prefix) } : null;
};

/** True when the query string carries one of our tokens (prefix and valid checksum), encoded or not. */
export const queryCarriesToken = (ctx: Ctx, prefix: string): boolean => {
  if (!ctx.querystring.includes(prefix)) return false;
  let query = ctx.querystring;
  try {
    query = decodeURIComponent(query);
  } catch {
    // A malformed escape: look at the raw text.
  }
  const candidates = query.match(prefixedValues(prefix)) ?? [];
  return candidates.some((candidate) => hasValidChecksum(candidate, prefix));
};

export const QUERY_TOKEN_MESSAGE = 'Send access tokens in the Authorization header, never in the query string';

/**
 * True when the query string carries one of our tokens, which is then refused: a query string ends up in logs,
 * proxies and browser history. The URL is redacted first, for Strapi's request log.
 */
export const refusesQueryToken = (ctx: Ctx, prefix: string): boolean => {
  if (!queryCarriesToken(ctx, prefix)) return false;
  ctx.url = redactPrefixedValues(ctx.url, prefix);
  return true;
};
