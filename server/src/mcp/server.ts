import { McpServer } from '@modelcontextprotocol/server';
import type { Core } from '@strapi/strapi';

import { STRATEGY_NAME } from '../lib/route-scopes';
import type { AuthenticatedToken } from '../services/authenticator';
import { getPluginConfig, getService } from '../utils';
import type { ArgumentSchemas } from './argument-schemas';
import { runTool, type ToolArgs, type ToolResult } from './calls';
import { createDocumentAccess } from './documents';
import { grantsOf } from './grants';
import { createToolCatalog } from './tool-catalog';
import type { ToolSpec } from './tool-specs';
import { registerUploadTools, UPLOAD } from './upload-tools';
import { registerWhoami } from './whoami';

const SERVER_INFO = { name: 'strapi-access-tokens', version: '1.0.0' };
const INSTRUCTIONS =
  "Tools over this Strapi app's content, as far as your access token reaches: list_, get_, create_, update_ and " +
  'delete_<type> for collection types, get_, write_ and delete_<type> for single types, media_list_assets and ' +
  'media_get_asset for uploaded files, and whoami. Documents and relations are named by documentId, media by id.';

/**
 * The request context a tool call runs in, as a REST request with the token would have one: its auth, for the
 * permissions' rules that read it there (a custom token's readable fields and locales, in sanitizers and the
 * document service). Not the MCP request's own context: its method is always POST, which would make the
 * strategy's verify judge a read-only token's relation checks as writes; a tool that writes exists only for a
 * token that may write, so the level is already decided.
 */
const callContextOf = (auth: unknown) => ({
  method: 'GET',
  request: { method: 'GET', url: '/mcp/tools/call' },
  state: { auth },
});

/**
 * The MCP server of one request, built for the token that made it: a tool for each thing its grants allow, with
 * schemas of the fields they let it read and write (tool-catalog.ts). A `tools/call` names its tool before the
 * server is built: only that one is registered (the others would be built for nothing). Each call runs in a
 * context of its own (callContextOf).
 */
export const createServerFactory = ({ strapi, schemas }: { strapi: Core.Strapi; schemas: ArgumentSchemas }) => {
  const verify = (auth: unknown, config?: { scope?: string | string[] }) =>
    getService('tokenAccess', { strapi }).verify(auth as { credentials?: AuthenticatedToken }, config);
  const log = (message: string) => strapi.log.warn(message);
  const catalog = createToolCatalog(strapi);

  return async (token: AuthenticatedToken, only?: string): Promise<McpServer> => {
    const { maxPageSize } = getPluginConfig(strapi).mcp;
    const grants = grantsOf(strapi, token);
    const auth = { strategy: { name: STRATEGY_NAME, verify }, credentials: token };
    const mayFind = (uid: string) => grants.get(uid)?.actions.has('find') ?? false;
    const wanted = (name: string) => only === undefined || only === name;

    const call = (spec: ToolSpec) => async (args: ToolArgs) => {
      const access = createDocumentAccess({ strapi, spec, auth, mayFind });
      let result: ToolResult | undefined;
      await strapi.requestContext.run(callContextOf(auth) as never, async () => {
        result = await runTool(spec, args ?? {}, access, { maxPageSize, log });
      });
      return result;
    };

    const server = new McpServer(SERVER_INFO, { capabilities: { tools: {} }, instructions: INSTRUCTIONS });
    if (wanted('whoami')) registerWhoami(server, token, schemas);
    for (const spec of (await catalog.specsFor(grants)).filter(({ name }) => wanted(name))) {
      const reads = ['list', 'get', 'getSingle'].includes(spec.kind);
      server.registerTool(
        spec.name,
        {
          title: spec.title,
          description: spec.description,
          inputSchema: schemas.input(spec.inputSchema),
          outputSchema: schemas.output(spec.outputSchema),
          annotations: { readOnlyHint: reads, destructiveHint: spec.kind.startsWith('delete'), openWorldHint: false },
        },
        call(spec) as never
      );
    }
    const upload = grants.get(UPLOAD);
    if (upload && strapi.plugin('upload'))
      registerUploadTools(server, { strapi, grant: upload, schemas, maxPageSize, wanted });
    return server;
  };
};

export type ServerFactory = ReturnType<typeof createServerFactory>;
