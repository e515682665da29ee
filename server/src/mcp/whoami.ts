import type { McpServer } from '@modelcontextprotocol/server';

import { iso } from '../lib/iso-date';
import type { AuthenticatedToken } from '../services/authenticator';
import type { ArgumentSchemas } from './argument-schemas';
import { nullable } from './attribute-schemas';
import { answer } from './calls';

const NO_ARGUMENTS = { type: 'object', properties: {}, additionalProperties: false };

const WHOAMI_OUTPUT = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    accessLevel: { type: 'string' },
    scopes: { type: 'array', items: { type: 'string' } },
    validTo: nullable({ type: 'string' }),
    rateLimit: {
      anyOf: [
        { type: 'object', properties: { limit: { type: 'integer' }, windowSeconds: { type: 'integer' } } },
        { type: 'null' },
      ],
    },
  },
  required: ['name', 'accessLevel', 'scopes', 'validTo', 'rateLimit'],
};

/** `whoami`: the calling token's name, access, expiry and rate limit, as GET /api/access-tokens/me answers them. */
export const registerWhoami = (server: McpServer, token: AuthenticatedToken, schemas: ArgumentSchemas) => {
  server.registerTool(
    'whoami',
    {
      title: 'Who am I',
      description: 'The access token this agent uses: its name, access level, scopes, expiry and rate limit.',
      inputSchema: schemas.input(NO_ARGUMENTS),
      outputSchema: schemas.output(WHOAMI_OUTPUT),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async () =>
      answer({
        name: token.name,
        accessLevel: token.accessLevel,
        scopes: token.scopes ?? [],
        validTo: iso(token.validTo),
        rateLimit: token.rateLimit ?? null,
      })
  );
};
