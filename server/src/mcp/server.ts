import { McpServer } from '@modelcontextprotocol/server';
import type { Core } from '@strapi/strapi';

import { STRATEGY_NAME } from '../lib/route-scopes';
import type { AuthenticatedToken } from '../services/authenticator';
import { getPluginConfig, getService } from '../utils';
import type { ArgumentSchemas } from './argument-schemas';
import type { ModelShape } from './attribute-schemas';
import { runTool, type ToolArgs, type ToolResult } from './calls';
import { createDocumentAccess } from './documents';
import { grantsOf } from './grants';
import { toolSpecsOf, type ToolSpec } from './tool-specs';
import { registerUploadTools, UPLOAD } from './upload-tools';
import { registerWhoami } from './whoami';

const SERVER_INFO = { name: 'strapi-access-tokens', version: '1.0.0' };
const INSTRUCTIONS =
  "Tools over this Strapi app's content, as far as your access token reaches: list_, get_, create_, update_ and " +
  'delete_<type> for collection types, get_, write_ and delete_<type> for single types, media_list_assets and ' +
  'media_get_asset for uploaded files, and whoami. Documents and relations are named by documentId, media by id.';

/** The locale codes of the app (the i18n plugin's), when one of the token's types is localized. */
const appLocalesFor = async (strapi: Core.Strapi, models: ModelShape[]): Promise<string[]> => {
  if (!models.some((model) => model.pluginOptions?.i18n?.localized)) return [];
  const locales = (await strapi.plugin('i18n')?.service('locales')?.find()) as { code: string }[] | undefined;
  return (locales ?? []).map(({ code }) => code);
};

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
 * schemas of the fields they let it read and write. Each call runs in a context of its own (callContextOf).
 */
export const createServerFactory = ({ strapi, schemas }: { strapi: Core.Strapi; schemas: ArgumentSchemas }) => {
  const verify = (auth: unknown, config?: { scope?: string | string[] }) =>
    getService('tokenAccess', { strapi }).verify(auth as { credentials?: AuthenticatedToken }, config);
  const log = (message: string) => strapi.log.warn(message);

  return async (token: AuthenticatedToken): Promise<McpServer> => {
    const { maxPageSize } = getPluginConfig(strapi).mcp;
    const grants = grantsOf(strapi, token);
    // The app's content types: a plugin's types (uploads' files and folders) are served by its own routes.
    const models = [...grants.keys()]
      .filter((uid) => uid.startsWith('api::'))
      .map((uid) => strapi.contentTypes[uid as never] as unknown as ModelShape | undefined)
      .filter((model): model is ModelShape => model?.kind === 'collectionType' || model?.kind === 'singleType');
    const appLocales = await appLocalesFor(strapi, models);
    const auth = { strategy: { name: STRATEGY_NAME, verify }, credentials: token };
    const mayFind = (uid: string) => grants.get(uid)?.actions.has('find') ?? false;

    const call = (spec: ToolSpec) => async (args: ToolArgs) => {
      const access = createDocumentAccess({ strapi, spec, auth, mayFind });
      let result: ToolResult | undefined;
      await strapi.requestContext.run(callContextOf(auth) as never, async () => {
        result = await runTool(spec, args ?? {}, access, { maxPageSize, log });
      });
      return result;
    };

    const server = new McpServer(SERVER_INFO, { capabilities: { tools: {} }, instructions: INSTRUCTIONS });
    registerWhoami(server, token, schemas);
    for (const model of models) {
      const grant = grants.get(model.uid)!;
      for (const spec of toolSpecsOf(model, grant, appLocales, maxPageSize)) {
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
    }
    const upload = grants.get(UPLOAD);
    if (upload && strapi.plugin('upload')) registerUploadTools(server, { strapi, grant: upload, schemas, maxPageSize });
    return server;
  };
};

export type ServerFactory = ReturnType<typeof createServerFactory>;
