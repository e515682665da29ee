import { validateCustomToken } from '../lib/token-format';
import { canonicalPermissions, permissionProblems, type PermissionCatalog } from './permissions';

import type { Permissions } from '../../../shared/contracts/permissions';
import { createTokenInput, updateTokenInput } from '../../../shared/contracts/tokens';

/** What the schemas of shared/contracts/tokens.ts cannot know: the application's scopes, the prefix, the clock. */
export interface TokenValidationContext {
  /** Scope identifiers a token may name: content-type UIDs and `plugin::<name>`. */
  knownScopes: Set<string>;
  /** The configured token prefix: a custom value using it must carry a valid checksum. */
  prefix: string;
  now: Date;
  /** What a custom token may be granted (validation/permissions.ts). */
  catalog: PermissionCatalog;
}

type Issues = { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void };
type Body = { permissions?: Permissions | null };

const checkScopesAndEnd = (
  context: TokenValidationContext,
  { scopes, validTo }: { scopes?: string[]; validTo?: string | null },
  issues: Issues
) => {
  const unknown = (scopes ?? []).filter((scope) => !context.knownScopes.has(scope));
  if (unknown.length > 0)
    issues.addIssue({
      code: 'custom',
      path: ['scopes'],
      message: `names what has no content-API routes: ${unknown.join(', ')}`,
    });
  if (validTo && !(Date.parse(validTo) > context.now.getTime()))
    issues.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be in the past' });
};

/** Permissions the app can grant, every problem at its place (`permissions.<uid>.fields.read.0`). */
const checkPermissions = (context: TokenValidationContext, { permissions }: Body, issues: Issues) => {
  for (const { path, message } of permissions ? permissionProblems(context.catalog, permissions) : [])
    issues.addIssue({ code: 'custom', path, message });
};

/** Valid permissions are stored in the app's order, whatever order they came in: the audit compares them. */
const inCanonicalOrder =
  (context: TokenValidationContext) =>
  <Input extends Body>(body: Input): Input =>
    body.permissions ? { ...body, permissions: canonicalPermissions(context.catalog, body.permissions) } : body;

/**
 * POST /tokens: the fields' rules, then the scopes and permissions the application has, an end ahead, a
 * well-formed custom value.
 */
export const createTokenBody = (context: TokenValidationContext) =>
  createTokenInput
    .superRefine((body, issues) => {
      checkScopesAndEnd(context, body, issues);
      checkPermissions(context, body, issues);
      const problem = body.accessKey === undefined ? null : validateCustomToken(body.accessKey, context.prefix);
      if (problem) issues.addIssue({ code: 'custom', path: ['accessKey'], message: problem });
    })
    .transform(inCanonicalOrder(context));

/** PUT /tokens/:id: how the level, scopes and permissions agree is checked against the token (services/tokens). */
export const updateTokenBody = (context: TokenValidationContext) =>
  updateTokenInput
    .superRefine((body, issues) => {
      checkScopesAndEnd(context, body, issues);
      checkPermissions(context, body, issues);
    })
    .transform(inCanonicalOrder(context));
