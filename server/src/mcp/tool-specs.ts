import {
  dataSchema,
  documentSchema,
  isPopulated,
  readableAttributes,
  writableAttributes,
  type JsonSchema,
  type ModelShape,
} from './attribute-schemas';
import type { Grant } from './grants';

/** What a tool does; `single*` and `write` are the single types' tools. */
export type ToolKind = 'list' | 'get' | 'create' | 'update' | 'delete' | 'getSingle' | 'write' | 'deleteSingle';

export interface ToolSpec {
  name: string;
  kind: ToolKind;
  uid: string;
  title: string;
  description: string;
  inputSchema: JsonSchema;
  outputSchema: JsonSchema;
  /** The attributes the token reads and writes on this type, for the call. */
  readable: readonly string[];
  writable: readonly string[];
}

/** The action a grant must hold for each tool: a single type's own routes are find, update and delete. */
export const ACTION_OF: Record<ToolKind, string> = {
  list: 'find',
  get: 'findOne',
  create: 'create',
  update: 'update',
  delete: 'delete',
  getSingle: 'find',
  write: 'update',
  deleteSingle: 'delete',
};

const COLLECTION_TOOLS: readonly ToolKind[] = ['list', 'get', 'create', 'update', 'delete'];
const SINGLE_TOOLS: readonly ToolKind[] = ['getSingle', 'write', 'deleteSingle'];
const PREFIX: Record<ToolKind, string> = {
  list: 'list',
  get: 'get',
  create: 'create',
  update: 'update',
  delete: 'delete',
  getSingle: 'get',
  write: 'write',
  deleteSingle: 'delete',
};

/** As Strapi's own MCP server names tools: `api::article.article` -> `article`, `api::blog.post` -> `blog_post`. */
export const toolSlugOf = (uid: string): string => {
  const [namespace, name] = uid.split('::');
  const parts = name.split('.').map((part) => part.toLowerCase());
  if (namespace === 'api') return parts[0] === parts[1] ? parts[0] : parts.join('_');
  return `${namespace.toLowerCase()}-${parts.join('_')}`;
};

const documentIdArg: JsonSchema = { type: 'string', minLength: 1, description: 'The documentId of the document' };
const statusArg: JsonSchema = {
  type: 'string',
  enum: ['draft', 'published'],
  description: 'Which version: the published one (default) or the draft',
};
const populateArg: JsonSchema = {
  type: 'boolean',
  description: "Also answer each document's relations (as documentIds), media and components, as get_ does",
};
const pagination: JsonSchema = {
  type: 'object',
  properties: Object.fromEntries(['page', 'pageSize', 'pageCount', 'total'].map((key) => [key, { type: 'integer' }])),
};

const objectOf = (properties: Record<string, JsonSchema | null>, required: string[] = []): JsonSchema => ({
  type: 'object',
  properties: Object.fromEntries(Object.entries(properties).filter(([, schema]) => schema !== null)),
  ...(required.length > 0 ? { required } : {}),
  additionalProperties: false,
});

const describe = (kind: ToolKind, model: ModelShape): string => {
  const name = model.info.displayName ?? model.info.singularName;
  const descriptions: Record<ToolKind, string> = {
    list: `Lists ${name} documents: filters and sort as in Strapi's REST API, paged; their own fields, unless populate is true.`,
    get: `Gets one ${name} document by its documentId.`,
    create: `Creates a ${name} document (published unless status is "draft").`,
    update: `Updates a ${name} document by its documentId; only the fields given change.`,
    delete: `Deletes a ${name} document by its documentId.`,
    getSingle: `Gets the ${name} single type.`,
    write: `Creates or updates the ${name} single type; only the fields given change.`,
    deleteSingle: `Deletes the ${name} single type.`,
  };
  return `${descriptions[kind]} Relations are documentIds.`;
};

/**
 * The tools a grant gives on one content type, each with input and output schemas from its attributes: only the
 * fields the token may read or write, a locale enum of the locales it may use (localized types only), a status
 * for types with drafts. A tool appears only when the grant holds its action.
 */
export const toolSpecsOf = (
  model: ModelShape,
  grant: Grant,
  appLocales: readonly string[],
  maxPageSize: number
): ToolSpec[] => {
  const readable = readableAttributes(model, grant.readableFields);
  const writable = writableAttributes(model, grant.writableFields);
  const locales = grant.locales ?? appLocales;
  const locale = model.pluginOptions?.i18n?.localized ? { type: 'string', enum: [...locales] } : null;
  const status = model.options?.draftAndPublish ? statusArg : null;
  const document = documentSchema(model, readable);
  const data = dataSchema(model, writable);
  const one = objectOf({ data: document }, ['data']);

  const shapes: Record<ToolKind, { input: JsonSchema; output: JsonSchema }> = {
    list: {
      input: objectOf({
        filters: { type: 'object', description: "Strapi's REST filters, e.g. { title: { $contains: 'x' } }" },
        sort: {
          anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
          description: 'e.g. "title:asc"',
        },
        page: { type: 'integer', minimum: 1 },
        pageSize: { type: 'integer', minimum: 1, description: `At most ${maxPageSize}` },
        status,
        locale,
        populate: readable.some((name) => isPopulated(model.attributes[name])) ? populateArg : null,
      }),
      output: objectOf({ results: { type: 'array', items: document }, pagination }, ['results', 'pagination']),
    },
    get: { input: objectOf({ documentId: documentIdArg, locale, status }, ['documentId']), output: one },
    create: { input: objectOf({ data, locale, status }, ['data']), output: one },
    update: {
      input: objectOf({ documentId: documentIdArg, data, locale, status }, ['documentId', 'data']),
      output: one,
    },
    delete: {
      input: objectOf({ documentId: documentIdArg, locale }, ['documentId']),
      output: objectOf({ documentId: { type: 'string' }, deletedEntries: { type: 'integer' } }),
    },
    getSingle: { input: objectOf({ locale, status }), output: one },
    write: { input: objectOf({ data, locale, status }, ['data']), output: one },
    deleteSingle: { input: objectOf({ locale }), output: objectOf({ deletedEntries: { type: 'integer' } }) },
  };

  const kinds = model.kind === 'singleType' ? SINGLE_TOOLS : COLLECTION_TOOLS;
  return kinds
    .filter((kind) => grant.actions.has(ACTION_OF[kind]))
    .map((kind) => ({
      name: `${PREFIX[kind]}_${toolSlugOf(model.uid)}`,
      kind,
      uid: model.uid,
      title: `${PREFIX[kind]} ${model.info.displayName ?? model.info.singularName}`,
      description: describe(kind, model),
      inputSchema: shapes[kind].input,
      outputSchema: shapes[kind].output,
      readable,
      writable,
    }));
};
