import type { Core } from '@strapi/strapi';

import { isPopulated, isToManyRelation, type ModelShape } from './attribute-schemas';
import type { ToolSpec } from './tool-specs';

type Uid = Parameters<Core.Strapi['documents']>[0];
type Row = Record<string, unknown>;

/** The auth Strapi's content-API sanitizers and validators judge with, as a request with the token would have. */
export interface ContentApiAuth {
  strategy: { name: string; verify: (auth: unknown, config?: { scope?: string | string[] }) => void };
  credentials: unknown;
}

/**
 * What a read asks for: filters and sort from the agent; with `populate` (the default), relations to readable types
 * as documentIds, media and components, which a list gives only when asked, as REST does.
 */
export interface ReadQuery {
  filters?: unknown;
  sort?: unknown;
  status?: string;
  locale?: string;
  populate?: boolean;
}

const IDS = ['id', 'documentId', 'locale'];

/**
 * The populate of a spec's reads, checked and sanitized once: it never varies for one spec, and a spec belongs to
 * one token's grants (mcp/tool-catalog.ts), so Strapi judges it with the same auth each time.
 */
const checkedPopulates = new WeakMap<ToolSpec, Promise<unknown>>();

/**
 * Reads and writes of one content type for one token, through Strapi's document service and the content API's
 * validators and sanitizers with the token's auth, as its REST requests would go: private fields, relations to
 * types it cannot read and filters on them are refused or removed by Strapi itself. What leaves is then narrowed
 * to the attributes the grant lets it read, relations as documentIds.
 */
export const createDocumentAccess = ({
  strapi,
  spec,
  auth,
  mayFind,
}: {
  strapi: Core.Strapi;
  spec: ToolSpec;
  auth: ContentApiAuth;
  /** May the token read documents of this type (a relation's target)? */
  mayFind: (uid: string) => boolean;
}) => {
  const model = strapi.getModel(spec.uid as Uid) as unknown as ModelShape &
    Parameters<typeof strapi.contentAPI.sanitize.output>[1];
  const documents = strapi.documents(spec.uid as Uid);
  const attributeOf = (name: string) => model.attributes[name];

  /** Relations as documentIds only; media and components as Strapi gives them (one level). */
  const populate: Row = Object.fromEntries(
    spec.readable.flatMap((name): [string, unknown][] => {
      const attribute = attributeOf(name);
      if (attribute.type === 'relation')
        return attribute.target && mayFind(attribute.target) ? [[name, { fields: ['documentId'] }]] : [];
      if (isPopulated(attribute)) return [[name, true]];
      return [];
    })
  );

  const relationIds = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map((item) => (item as Row)?.documentId).filter(Boolean);
    return value && typeof value === 'object' ? ((value as Row).documentId ?? null) : null;
  };

  /** The document as the tool answers it: sanitized as for REST, then only what the grant lets the token read. */
  const output = async (row: unknown, populated: boolean): Promise<Row | null> => {
    if (!row) return null;
    const sanitized = (await strapi.contentAPI.sanitize.output(row, model, { auth })) as Row;
    const shaped: Row = {};
    for (const name of [...IDS, ...spec.readable]) {
      if (!(name in sanitized)) continue;
      const attribute = attributeOf(name);
      shaped[name] = attribute?.type === 'relation' ? relationIds(sanitized[name]) : sanitized[name];
    }
    for (const name of populated ? spec.readable : []) {
      const attribute = attributeOf(name);
      if (attribute?.type === 'relation' && !(name in shaped) && name in populate)
        shaped[name] = isToManyRelation(attribute) ? [] : null;
    }
    return shaped;
  };

  const checkedPopulate = () => {
    let checked = checkedPopulates.get(spec);
    if (!checked) {
      checked = strapi.contentAPI.validate
        .query({ populate }, model, { auth })
        .then(() => strapi.contentAPI.sanitize.query({ populate }, model, { auth }))
        .then((sanitized) => (sanitized as Row).populate);
      checkedPopulates.set(spec, checked);
      checked.catch(() => checkedPopulates.delete(spec));
    }
    return checked;
  };

  /** Filters and sort checked as Strapi checks a REST query (400 on a private field), then sanitized. */
  const query = async ({ filters, sort, status, locale, populate: populated = true }: ReadQuery): Promise<Row> => {
    const asked = { filters, sort };
    await strapi.contentAPI.validate.query(asked, model, { auth });
    const sanitized = (await strapi.contentAPI.sanitize.query(asked, model, { auth })) as Row;
    return {
      ...sanitized,
      ...(populated ? { populate: await checkedPopulate() } : {}),
      ...publication(status),
      ...(locale ? { locale } : {}),
    };
  };

  /** REST reads and writes the published version unless asked for the draft; types without drafts have one. */
  const publication = (status: string | undefined) =>
    model.options?.draftAndPublish ? { status: status ?? 'published' } : {};

  /** The data of a write, checked and sanitized as Strapi does a REST body (unknown or non-writable keys: 400). */
  const input = async (data: unknown) => {
    await strapi.contentAPI.validate.input(data, model, { auth });
    return strapi.contentAPI.sanitize.input(data, model, { auth }) as Promise<Row>;
  };

  return {
    /** The page and its count in one transaction (begun and committed once, not once per query). */
    async list(asked: ReadQuery, page: number, pageSize: number) {
      const params = await query(asked);
      const [rows, total] = await strapi.db.transaction(
        async () =>
          [
            await documents.findMany({ ...params, start: (page - 1) * pageSize, limit: pageSize } as never),
            await documents.count({
              filters: params.filters,
              ...publication(asked.status),
              locale: asked.locale,
            } as never),
          ] as [unknown[], number]
      );
      return {
        results: await Promise.all(rows.map((row) => output(row, asked.populate ?? true))),
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      };
    },

    async findOne(documentId: string | undefined, asked: ReadQuery) {
      const params = await query(asked);
      const row = documentId
        ? await documents.findOne({ ...params, documentId } as never)
        : await documents.findFirst(params as never);
      return output(row, true);
    },

    async create(data: unknown, status: string | undefined, locale: string | undefined) {
      const row = await documents.create({
        data: await input(data),
        ...publication(status),
        locale,
        populate,
      } as never);
      return output(row, true);
    },

    async update(documentId: string, data: unknown, status: string | undefined, locale: string | undefined) {
      const sanitized = await input(data);
      const row = await documents.update({
        documentId,
        data: sanitized,
        ...publication(status),
        locale,
        populate,
      } as never);
      return output(row, true);
    },

    async delete(documentId: string, locale: string | undefined) {
      const { entries } = (await documents.delete({ documentId, locale } as never)) as { entries: unknown[] };
      return entries.length;
    },

    /** The document of a single type, whatever its locale: as Strapi's single-type service finds it. */
    async singleDocumentId(): Promise<string | undefined> {
      const row = (await strapi.db.query(spec.uid as never).findOne({ select: ['documentId'] })) as Row | null;
      return (row?.documentId as string | undefined) ?? undefined;
    },
  };
};

export type DocumentAccess = ReturnType<typeof createDocumentAccess>;
