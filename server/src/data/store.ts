import type { Core } from '@strapi/strapi';

// The hook modules (data/hook-*, services/hook-*) still import these from here.

type Repository = ReturnType<Core.Strapi['db']['query']>;
type Params = NonNullable<Parameters<Repository['findMany']>[0]>;
export type Where = Record<string, unknown>;
export type FindParams = Pick<Params, 'where' | 'orderBy' | 'offset' | 'limit'>;

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface Pagination extends PageRequest {
  pageCount: number;
  total: number;
}

/** The `meta.pagination` of a list answer, as Strapi's own `findPage` builds it. */
export const paginationOf = ({ page, pageSize }: PageRequest, total: number): Pagination => ({
  page,
  pageSize,
  pageCount: Math.ceil(total / pageSize),
  total,
});

/**
 * Typed access to one of the plugin's tables, for its module in data/: rows come back as `Row`. Each table's
 * module adds the queries its callers share; none other reaches the table.
 */
export const createStore = <Row extends { id: number }>(strapi: Core.Strapi, uid: string) => {
  const query = () => strapi.db.query(uid as Parameters<Core.Strapi['db']['query']>[0]);
  return {
    findOne: async (params: Omit<FindParams, 'offset' | 'limit'>): Promise<Row | null> => query().findOne(params),
    findMany: async (params: FindParams): Promise<Row[]> => query().findMany(params),
    /** Only the named columns. */
    select: async <Column extends keyof Row & string>(
      columns: Column[],
      params: FindParams
    ): Promise<Pick<Row, Column>[]> => query().findMany({ ...params, select: columns }),
    findById: async (id: number): Promise<Row | null> =>
      Number.isSafeInteger(id) ? query().findOne({ where: { id } }) : null,
    findByIds: async (ids: number[]): Promise<Row[]> => query().findMany({ where: { id: { $in: ids } } }),
    count: (where: Where): Promise<number> => query().count({ where }),
    page: async (
      params: Pick<FindParams, 'where' | 'orderBy'>,
      request: PageRequest
    ): Promise<{ rows: Row[]; pagination: Pagination }> => {
      const { results, pagination } = await query().findPage({ ...params, ...request });
      return { rows: results, pagination };
    },
    create: async (data: Partial<Row>): Promise<Row> => query().create({ data }),
    createMany: async (data: Partial<Row>[]): Promise<number> => (await query().createMany({ data })).count,
    update: async (id: number, data: Partial<Row>): Promise<Row> => query().update({ where: { id }, data }),
    /** How many rows matched: 0 tells a compare-and-set that lost. */
    updateMany: async (where: Where, data: Partial<Row>): Promise<number> =>
      (await query().updateMany({ where, data })).count,
    delete: async (id: number): Promise<void> => {
      await query().delete({ where: { id } });
    },
    /** How many rows this statement removed: of two concurrent deletes, only one sees 1. */
    deleteMany: async (where: Where): Promise<number> => (await query().deleteMany({ where })).count,
  };
};
