import { contentTypes } from '@strapi/utils';

/** A JSON Schema, as MCP tools declare their input and output. */
export type JsonSchema = Record<string, unknown>;

/** What the schemas read of an attribute of a content type (Strapi's `Schema.Attribute.AnyAttribute`). */
export interface AttributeShape {
  type: string;
  relation?: string;
  target?: string;
  enum?: string[];
  multiple?: boolean;
  repeatable?: boolean;
  private?: boolean;
  writable?: boolean;
}

/** What the schemas read of a content type (Strapi's `Schema.ContentType`). */
export interface ModelShape {
  uid: string;
  kind: string;
  info: { singularName: string; displayName?: string };
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, AttributeShape>;
}

const TO_MANY = new Set(['oneToMany', 'manyToMany', 'manyWay']);
/** Arguments of their own (locale) or never shown (the other versions of a document). */
const NOT_DATA = new Set(['locale', 'localizations']);

const isMorph = (attribute: AttributeShape) =>
  attribute.type === 'relation' && !!attribute.relation?.startsWith('morph');
export const isToManyRelation = (attribute: AttributeShape) => TO_MANY.has(attribute.relation ?? '');

const anyObject: JsonSchema = { type: 'object', additionalProperties: true };
const many = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const documentId: JsonSchema = { type: 'string', minLength: 1, description: 'A documentId' };

/** The JSON type of a scalar attribute's value, as the content API reads and writes it. */
const scalarSchema = (attribute: AttributeShape): JsonSchema => {
  switch (attribute.type) {
    case 'integer':
      return { type: 'integer' };
    case 'float':
    case 'decimal':
      return { type: 'number' };
    case 'biginteger':
      return { type: 'string', pattern: '^-?\\d+$' };
    case 'boolean':
      return { type: 'boolean' };
    case 'enumeration':
      return { type: 'string', enum: attribute.enum ?? [] };
    case 'email':
      return { type: 'string', format: 'email' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
    case 'timestamp':
      return { type: 'string', format: 'date-time' };
    case 'json':
      return {};
    case 'blocks':
      return many(anyObject);
    default:
      return { type: 'string' };
  }
};

/** What a read populates: relations, media, components and dynamic zones (a list only when asked). */
export const isPopulated = (attribute: AttributeShape) =>
  ['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type);

/** A value that may also be null. */
export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });

/** An attribute's value in a document the token reads: relations as documentIds. */
const readSchema = (attribute: AttributeShape): JsonSchema => {
  switch (attribute.type) {
    case 'relation':
      return isToManyRelation(attribute) ? many(documentId) : nullable(documentId);
    case 'media':
      return attribute.multiple ? many(anyObject) : nullable(anyObject);
    case 'component':
      return attribute.repeatable ? many(anyObject) : nullable(anyObject);
    case 'dynamiczone':
      return many(anyObject);
    default:
      return nullable(scalarSchema(attribute));
  }
};

/** An attribute's value in the data of a write: relations by documentId, media by the ids of uploaded files. */
const writeSchema = (attribute: AttributeShape): JsonSchema => {
  switch (attribute.type) {
    case 'relation':
      return isToManyRelation(attribute) ? many(documentId) : nullable(documentId);
    case 'media':
      return attribute.multiple ? many({ type: 'integer' }) : nullable({ type: 'integer' });
    default:
      return readSchema(attribute);
  }
};

/** Attributes the token may read: never private ones, never morph relations (their targets vary per entry). */
export const readableAttributes = (model: ModelShape, granted: ReadonlySet<string> | null): string[] =>
  Object.keys(model.attributes).filter(
    (name) =>
      !NOT_DATA.has(name) &&
      !isMorph(model.attributes[name]) &&
      !contentTypes.isPrivateAttribute(model as never, name) &&
      (granted === null || granted.has(name))
  );

/**
 * Attributes the token may write: what the content API lets any client write, less what the grant withholds;
 * `publishedAt` never (a write's `status` says which version it makes, as in Strapi 5's REST API).
 */
export const writableAttributes = (model: ModelShape, granted: ReadonlySet<string> | null): string[] =>
  contentTypes
    .getWritableAttributes(model as never)
    .filter(
      (name) =>
        !NOT_DATA.has(name) &&
        name !== 'publishedAt' &&
        !isMorph(model.attributes[name]) &&
        !contentTypes.isPrivateAttribute(model as never, name) &&
        (granted === null || granted.has(name))
    );

/** A document as a tool answers it: ids, then the readable attributes. Loose: Strapi may add fields. */
export const documentSchema = (model: ModelShape, readable: readonly string[]): JsonSchema => ({
  type: 'object',
  properties: {
    id: { type: 'integer' },
    documentId: { type: 'string' },
    ...(model.pluginOptions?.i18n?.localized ? { locale: { type: 'string' } } : {}),
    ...Object.fromEntries(readable.map((name) => [name, readSchema(model.attributes[name])])),
  },
  additionalProperties: true,
});

/** The `data` of a create, update or write: the writable attributes, nothing else. */
export const dataSchema = (model: ModelShape, writable: readonly string[]): JsonSchema => ({
  type: 'object',
  properties: Object.fromEntries(writable.map((name) => [name, writeSchema(model.attributes[name])])),
  additionalProperties: false,
});
