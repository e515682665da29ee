/** What a token row keeps of a User-Agent: printable characters, at most this many code points. */
export const MAX_USER_AGENT_LENGTH = 255;

/** The User-Agent as recorded with a token's last use: control characters dropped, cut by code points, null if empty. */
export const recordableUserAgent = (raw: string | undefined | null): string | null => {
  const printable = (raw ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return printable ? Array.from(printable).slice(0, MAX_USER_AGENT_LENGTH).join('') : null;
};
