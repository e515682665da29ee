const SEGMENT = /^[A-Za-z0-9_-]+$/;

/**
 * True for a compact JWS (`header.payload.signature`, base64url, the header a JSON object naming its `alg`): the
 * shape of a users-permissions JWT. One that reaches the plugin's strategy was refused by users-permissions (expired,
 * or from another secret): a client's stale session, not a guess at one of our values.
 */
export const looksLikeJwt = (value: string): boolean => {
  const segments = value.split('.');
  if (segments.length !== 3 || !segments.every((segment) => SEGMENT.test(segment))) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(segments[0], 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
};
