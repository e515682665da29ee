'use strict';

/**
 * secretlint rule for tokens of strapi-plugin-access-tokens: `<prefix><30 base62><6 base62 CRC-32 of what precedes>`.
 * A value of the right shape is reported only when its checksum matches, so near misses (a placeholder, a value
 * with one character changed) are not. Standalone on purpose: it must install without the plugin.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 30;
const CHECKSUM_LENGTH = 6;
const DEFAULT_PREFIXES = ['sat_'];
/** The plugin's own rule for a configured prefix: 2-10 lowercase letters or digits, then "_". */
const PREFIX_SHAPE = /^[a-z][a-z0-9]{1,9}_$/;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** IEEE CRC-32 of an ASCII string (tokens are ASCII). */
const crc32 = (text) => {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i += 1) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

const toFixedBase62 = (n, width) => {
  let digits = '';
  let value = n;
  do {
    digits = BASE62[value % 62] + digits;
    value = Math.floor(value / 62);
  } while (value > 0);
  return digits.padStart(width, '0');
};

/** True when the last six characters are the base62 CRC-32 of the rest. */
const hasValidChecksum = (token) =>
  toFixedBase62(crc32(token.slice(0, -CHECKSUM_LENGTH)), CHECKSUM_LENGTH) === token.slice(-CHECKSUM_LENGTH);

/** The shape, bounded on both sides by a character that cannot belong to a token (or the text's ends). */
const patternFor = (prefix) =>
  new RegExp(`(?<![0-9A-Za-z])${prefix}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}(?![0-9A-Za-z])`, 'g');

const messages = {
  AccessToken: {
    en: (props) => `found a Strapi access token (strapi-plugin-access-tokens): ${props.TOKEN}`,
  },
};

const creator = {
  messages,
  meta: {
    id: 'secretlint-rule-strapi-access-tokens',
    type: 'scanner',
    recommended: true,
    supportedContentTypes: ['text'],
  },
  create(context, options = {}) {
    const t = context.createTranslator(messages);
    const prefixes = options.prefixes ?? DEFAULT_PREFIXES;
    for (const prefix of prefixes) {
      if (!PREFIX_SHAPE.test(prefix)) {
        throw new Error(
          `secretlint-rule-strapi-access-tokens: "${prefix}" is not a token prefix (2-10 lowercase letters or digits, then "_")`
        );
      }
    }
    return {
      file(source) {
        for (const prefix of prefixes) {
          for (const match of source.content.matchAll(patternFor(prefix))) {
            if (!hasValidChecksum(match[0])) continue;
            const range = [match.index, match.index + match[0].length];
            context.report({ message: t('AccessToken', { TOKEN: match[0] }), range });
          }
        }
      },
    };
  },
};

exports.creator = creator;
