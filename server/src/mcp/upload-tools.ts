import type { McpServer } from '@modelcontextprotocol/server';
import type { Core } from '@strapi/strapi';

import type { ArgumentSchemas } from './argument-schemas';
import { nullable, type JsonSchema } from './attribute-schemas';
import { answer, refusal, type ToolResult } from './calls';
import type { Grant } from './grants';

/** The upload plugin's subject in a token's grants, and the content-API actions its read tools need. */
export const UPLOAD = 'plugin::upload';
const LIST_ACTION = 'content-api.find';
const GET_ACTION = 'content-api.findOne';

/** As the upload plugin's own MCP tools and Media Library sort: never by a private column. */
const SORTS = ['createdAt:DESC', 'createdAt:ASC', 'name:ASC', 'name:DESC', 'updatedAt:DESC', 'updatedAt:ASC'];
const DEFAULT_PAGE_SIZE = 25;

type Row = Record<string, unknown>;
interface UploadService {
  findPage(query: Row): Promise<{ results: Row[]; pagination: Row }>;
  findOne(id: number): Promise<Row | null>;
}

const nullableString = (value: unknown) =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : String(value);
const nullableNumber = (value: unknown) =>
  value === null || value === undefined || !Number.isFinite(Number(value)) ? null : Number(value);

/**
 * An asset as Strapi's own `media_get_asset` answers it, by allowlist: never `provider_metadata`, `hash`,
 * `formats`, `related` or the private `folderPath`. Without `folder`: folders are not part of the content API a
 * token reaches, so neither their ids nor their names are given.
 */
const assetOf = (file: Row) => ({
  id: Number(file.id),
  name: String(file.name ?? ''),
  alternativeText: nullableString(file.alternativeText),
  caption: nullableString(file.caption),
  url: String(file.url ?? ''),
  mime: String(file.mime ?? ''),
  size: Number(file.size ?? 0),
  width: nullableNumber(file.width),
  height: nullableNumber(file.height),
  ext: nullableString(file.ext),
  createdAt: nullableString(file.createdAt),
  updatedAt: nullableString(file.updatedAt),
});

const ASSET: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer', description: 'Numeric asset id: media files are not documents and have no documentId.' },
    name: { type: 'string' },
    alternativeText: nullable({ type: 'string' }),
    caption: nullable({ type: 'string' }),
    url: { type: 'string' },
    mime: { type: 'string', description: 'e.g. "image/png"' },
    size: { type: 'number', description: 'In kilobytes, as Strapi stores it' },
    width: nullable({ type: 'number' }),
    height: nullable({ type: 'number' }),
    ext: nullable({ type: 'string' }),
    createdAt: nullable({ type: 'string' }),
    updatedAt: nullable({ type: 'string' }),
  },
  required: ['id', 'name', 'url', 'mime', 'size'],
};
const PAGINATION: JsonSchema = {
  type: 'object',
  properties: Object.fromEntries(['page', 'pageSize', 'pageCount', 'total'].map((key) => [key, { type: 'integer' }])),
};

/**
 * The upload plugin's read tools, named and shaped as Strapi's own MCP server's (`media_list_assets`,
 * `media_get_asset`), for a token whose grant on `plugin::upload` holds the content-API action each needs
 * (a token without scopes, one scoped to `plugin::upload`, or a custom token granting `content-api.find` /
 * `content-api.findOne`). Filters are built here from typed arguments: no query of the agent's reaches the database.
 */
export const registerUploadTools = (
  server: McpServer,
  {
    strapi,
    grant,
    schemas,
    maxPageSize,
    wanted,
  }: {
    strapi: Core.Strapi;
    grant: Grant;
    schemas: ArgumentSchemas;
    maxPageSize: number;
    /** Whether the request needs this tool (a tools/call needs only the one it names). */
    wanted: (name: string) => boolean;
  }
) => {
  const upload = () => strapi.plugin('upload').service('upload') as unknown as UploadService;
  const annotations = { readOnlyHint: true, openWorldHint: false };

  if (grant.actions.has(LIST_ACTION) && wanted('media_list_assets')) {
    server.registerTool(
      'media_list_assets',
      {
        title: 'Media: list assets',
        description:
          'Lists Media Library assets, paged, filtered by mime type (a prefix such as "image", or exact) and name ' +
          '(case-insensitive substring). Assets are identified by a numeric id, not a documentId.',
        inputSchema: schemas.input({
          type: 'object',
          properties: {
            mime: { type: 'string', minLength: 1 },
            name: { type: 'string', minLength: 1 },
            page: { type: 'integer', minimum: 1 },
            pageSize: { type: 'integer', minimum: 1, description: `At most ${maxPageSize}` },
            sort: { type: 'string', enum: SORTS, description: 'Default "createdAt:DESC"' },
          },
          additionalProperties: false,
        }),
        outputSchema: schemas.output({
          type: 'object',
          properties: { results: { type: 'array', items: ASSET }, pagination: PAGINATION },
          required: ['results', 'pagination'],
        }),
        annotations,
      },
      (async ({ mime, name, page, pageSize, sort }: Row): Promise<ToolResult> => {
        const filters: Row = {};
        if (typeof mime === 'string') filters.mime = mime.includes('/') ? { $eqi: mime } : { $startsWithi: `${mime}/` };
        if (typeof name === 'string') filters.name = { $containsi: name };
        const { results, pagination } = await upload().findPage({
          filters,
          sort: sort ?? SORTS[0],
          page: page ?? 1,
          pageSize: Math.min(Number(pageSize ?? DEFAULT_PAGE_SIZE), maxPageSize),
        });
        return answer({ results: results.map(assetOf), pagination });
      }) as never
    );
  }

  if (grant.actions.has(GET_ACTION) && wanted('media_get_asset')) {
    server.registerTool(
      'media_get_asset',
      {
        title: 'Media: get asset',
        description: 'Gets one Media Library asset by its numeric id (media files have no documentId).',
        inputSchema: schemas.input({
          type: 'object',
          properties: { id: { type: 'integer', minimum: 1 } },
          required: ['id'],
          additionalProperties: false,
        }),
        outputSchema: schemas.output({ type: 'object', properties: { data: ASSET }, required: ['data'] }),
        annotations,
      },
      (async ({ id }: Row): Promise<ToolResult> => {
        const file = await upload().findOne(Number(id));
        return file ? answer({ data: assetOf(file) }) : refusal('No such asset');
      }) as never
    );
  }
};
