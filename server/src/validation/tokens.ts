import { validateCustomToken } from '../lib/token-format';

import { createTokenInput, updateTokenInput } from '../../../shared/contracts/tokens';

/** What the schemas of shared/contracts/tokens.ts cannot know: the application's scopes, the prefix, the clock. */
export interface TokenValidationContext {
  /** Scope identifiers a token may name: content-type UIDs and `plugin::<name>`. */
  knownScopes: Set<string>;
  /** The configured token prefix: a custom value using it must carry a valid checksum. */
  prefix: string;
  now: Date;
}

type Issues = { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void };

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

/** POST /tokens: the fields' rules, then the scopes the application has, an end ahead, a well-formed custom value. */
export const createTokenBody = (context: TokenValidationContext) =>
  createTokenInput.superRefine((body, issues) => {
    checkScopesAndEnd(context, body, issues);
    const problem = body.accessKey === undefined ? null : validateCustomToken(body.accessKey, context.prefix);
    if (problem) issues.addIssue({ code: 'custom', path: ['accessKey'], message: problem });
  });

/** PUT /tokens/:id */
export const updateTokenBody = (context: TokenValidationContext) =>
  updateTokenInput.superRefine((body, issues) => checkScopesAndEnd(context, body, issues));
