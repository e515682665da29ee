/** Small OpenAPI builders shared by the plugin's operations, schemas and webhooks. */

export type Json = Record<string, unknown>;

export const TAG = 'Access Tokens';
export const SCHEMA_PREFIX = 'AccessTokens';

/** The name of the security scheme in `components.securitySchemes`. */
export const SECURITY_SCHEME = 'accessTokenAuth';

export const ref = (name: string) => ({ $ref: `#/components/schemas/${SCHEMA_PREFIX}${name}` });
const errorRef = { $ref: '#/components/schemas/Error' };
export const jsonContent = (schema: Json) => ({ 'application/json': { schema } });

export const errorResponse = (description: string) => ({ description, content: jsonContent(errorRef) });

/** The answers every route of this plugin may give besides its own. */
export const commonResponses = {
  '400': errorResponse('Invalid request: the message names the field.'),
  '401': errorResponse(
    "No valid token: missing, malformed, unknown, expired, not yet valid, revoked or archived, or a request from outside the token's IP allowlist."
  ),
  '403': errorResponse("The token's access level or scopes do not allow this request."),
  '429': errorResponse(
    "Too many invalid tokens from this address, or the token's rate limit reached; see the Retry-After header."
  ),
};
