/**
 * Strapi's request logger prints `ctx.url` once the response is ready. These rewrite it while the request
 * runs, so a token value that arrived in a URL never reaches a log line.
 */
const REDACTED = 'REDACTED';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every value that looks like one of our tokens: `<prefix><base62>`. */
export const prefixedValues = (prefix: string) => new RegExp(`${escapeRegExp(prefix)}[0-9A-Za-z]+`, 'g');

/** Replaces every value that looks like one of our tokens anywhere in the URL. */
export const redactPrefixedValues = (url: string, prefix: string): string =>
  url.replace(prefixedValues(prefix), `${prefix}${REDACTED}`);

/** Replaces the value of one query parameter, whatever it holds. */
export const redactQueryParam = (url: string, name: string): string =>
  url.replace(new RegExp(`([?&]${escapeRegExp(name)}=)[^&#]*`, 'g'), `$1${REDACTED}`);
