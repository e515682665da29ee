import { isMethodAllowed, isScopeAllowed, type AccessLevel } from './access-rules';

type PolicyEntry = string | { name?: string; config?: unknown } | ((...args: unknown[]) => unknown);

/** A content-API route as Strapi registered it: `config.auth.scope` holds its action, `auth: false` opens it to anyone. */
export interface RegisteredRoute {
  method?: string;
  config?: {
    auth?: false | { scope?: string[]; strategies?: (string | { name?: string })[] };
    policies?: PolicyEntry[];
  };
}

export interface RequireTokenConfig {
  access?: AccessLevel;
  scopes?: string[];
}

/** What a token's GET on one find route is checked against: the scopes of each of its actions, or the require-token policy. */
export interface FindGate {
  actionScopes: string[][];
  requireToken: RequireTokenConfig | null;
}

export interface TokenAccess {
  accessLevel: AccessLevel;
  scopes?: string[] | null;
}

export interface GateOptions {
  strategyName: string;
  requireTokenPolicy: string;
  /** The scopes a route action serves (the content-API strategy's own mapping). */
  routeScopesOf: (action: string) => string[];
}

/** Find actions that serve a content type from a controller not named after it. */
const FIND_ACTION_ALIASES: Record<string, string> = { 'plugin::upload.file': 'plugin::upload.content-api.find' };

/**
 * The access-control types of users-permissions. `role.find` is a content-API route, but it answers
 * `{ roles }` from the role service, never through the content-API output sanitizer: it is a management
 * endpoint, not a read of content, and a hook could not sanitize a role "as that route would".
 */
const NOT_CONTENT = new Set(['plugin::users-permissions.role', 'plugin::users-permissions.permission']);

export const findActionOf = (uid: string): string => FIND_ACTION_ALIASES[uid] ?? `${uid}.find`;

const policyName = (policy: PolicyEntry) =>
  typeof policy === 'string' ? policy : typeof policy === 'function' ? null : (policy?.name ?? null);

/**
 * The gate a token passes to call this route, or null when no token can be shown to pass it: not a GET,
 * open to anyone (`auth: false` is no reason to expose a type), limited to other strategies, or guarded by
 * policies other than one require-token (the hook would bypass them).
 */
const gateOf = (route: RegisteredRoute, options: GateOptions): FindGate | null => {
  const auth = route.config?.auth;
  if (route.method?.toUpperCase() !== 'GET' || auth === false || !auth?.scope?.length) return null;
  const strategies = auth.strategies;
  if (
    strategies &&
    !strategies.some((strategy) => (typeof strategy === 'string' ? strategy : strategy?.name) === options.strategyName)
  )
    return null;
  const policies = route.config?.policies ?? [];
  if (policies.length > 1 || (policies.length === 1 && policyName(policies[0]) !== options.requireTokenPolicy))
    return null;
  const policy = policies[0] as { config?: RequireTokenConfig } | string | undefined;
  const requireToken = policy === undefined ? null : typeof policy === 'string' ? {} : (policy.config ?? {});
  return { actionScopes: auth.scope.map(options.routeScopesOf), requireToken };
};

/** For each content type that has content-API find routes: how a token's request to each of them is checked. */
export const findGatesByType = (
  uids: readonly string[],
  routes: readonly RegisteredRoute[],
  options: GateOptions
): Map<string, FindGate[]> => {
  const byAction = new Map<string, FindGate[]>();
  for (const route of routes) {
    const gate = gateOf(route, options);
    const actions = route.config?.auth ? (route.config.auth.scope ?? []) : [];
    if (gate) for (const action of actions) byAction.set(action, [...(byAction.get(action) ?? []), gate]);
  }
  const result = new Map<string, FindGate[]>();
  for (const uid of uids) {
    const gates = byAction.get(findActionOf(uid));
    if (gates && !NOT_CONTENT.has(uid)) result.set(uid, gates);
  }
  return result;
};

const passes = (token: TokenAccess, gate: FindGate) => {
  const scopes = token.scopes ?? [];
  if (!isMethodAllowed(token.accessLevel, 'GET')) return false;
  const routeScopesAllowed = () => gate.actionScopes.every((actionScopes) => isScopeAllowed(scopes, actionScopes));
  if (!gate.requireToken) return routeScopesAllowed();
  const { access, scopes: required } = gate.requireToken;
  // As verify does: a policy that names scopes decides them; one that names none leaves the route's own scopes.
  return (
    (access !== 'read-write' || isMethodAllowed(token.accessLevel, 'POST')) &&
    (required?.length ? isScopeAllowed(scopes, required) : routeScopesAllowed())
  );
};

/** May this token call at least one of these find routes? */
export const mayCallAny = (token: TokenAccess, gates: readonly FindGate[]): boolean =>
  gates.some((gate) => passes(token, gate));
