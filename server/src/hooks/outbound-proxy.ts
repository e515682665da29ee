/** Strapi's `server.proxy` URLs for its outbound node:http(s) requests (it installs global-agent with them). */
export interface OutboundProxySettings {
  global?: string;
  http?: string;
  https?: string;
}

export type ProxyChoice = { ok: true; proxy: URL | null } | { ok: false; reason: string };

type Setting = keyof OutboundProxySettings;
const SETTINGS_BY_SCHEME: Record<'http:' | 'https:', Setting[]> = {
  'http:': ['http', 'global'],
  'https:': ['https', 'global', 'http'],
};

/**
 * The proxy Strapi sends a request to this scheme's URLs through: `http` or `global` for http; `https`, `global`,
 * then `http` for https (global-agent falls back to its HTTP proxy). Only http:// proxies, as in global-agent.
 */
export const proxyFor = (protocol: string, settings: OutboundProxySettings): ProxyChoice => {
  const key = SETTINGS_BY_SCHEME[protocol === 'https:' ? 'https:' : 'http:'].find((setting) => settings[setting]);
  if (!key) return { ok: true, proxy: null };
  const name = `server.proxy.${key}`;
  let proxy: URL;
  try {
    proxy = new URL(String(settings[key]));
  } catch {
    return { ok: false, reason: `${name} is not a URL.` };
  }
  if (proxy.protocol !== 'http:') {
    return { ok: false, reason: `${name} must be an http:// proxy URL (got ${proxy.protocol}//).` };
  }
  return { ok: true, proxy };
};

/** Proxy-Authorization for a proxy URL with credentials (`http://user:password@proxy:3128`). */
export const proxyAuthorization = (proxy: URL): string | undefined => {
  if (proxy.username === '' && proxy.password === '') return undefined;
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Basic ${Buffer.from(credentials).toString('base64')}`;
};
