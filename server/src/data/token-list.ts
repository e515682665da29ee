import type { TokenStatus } from '../../../shared/contracts/tokens';
import type { TokenListQuery, TokenSortField } from '../../../shared/contracts/token-list';
import { TOKEN_STATUSES } from '../../../shared/contracts/tokens';

type Where = Record<string, unknown>;

/**
 * The list query, with the keyed hash of a lookup's token value and, for `expiresSoon`, the end of the "soon" window
 * (both worked out by the caller: the hash key and the window are not the table's business).
 */
export type ListFilters = Omit<TokenListQuery, 'page' | 'pageSize'> & { keyHash?: string; soonUntil?: Date };

/** A list query as `page` takes it: the filters, the sort and the page. */
export type ListQuery = ListFilters & Required<Pick<TokenListQuery, 'sort' | 'page' | 'pageSize'>>;

/** Scopes are stored a second time as `|uid|uid|` so that one LIKE filters by scope on every database. */
export const toScopeKey = (scopes: string[]): string => (scopes.length ? `|${scopes.join('|')}|` : '');

const notArchived = { archivedAt: { $null: true } };
const live = { ...notArchived, revokedAt: { $null: true } };

/** Where-clauses that match the derived status exactly (see lib/token-status). */
export const statusWhere = (status: TokenStatus, now: Date): Where => {
  const notExpired = { $or: [{ validTo: { $null: true } }, { validTo: { $gt: now } }] };
  switch (status) {
    case 'archived':
      return { archivedAt: { $notNull: true } };
    case 'revoked':
      return { ...notArchived, revokedAt: { $notNull: true } };
    case 'expired':
      return { ...live, validTo: { $lte: now } };
    case 'scheduled':
      return { ...live, $and: [notExpired, { validFrom: { $gt: now } }] };
    case 'active':
      return { ...live, $and: [notExpired, { $or: [{ validFrom: { $null: true } }, { validFrom: { $lte: now } }] }] };
  }
};

/** The filters other than status. */
const filterClauses = (query: ListFilters, now: Date): Where[] => {
  const clauses: Where[] = [];
  if (query.search) clauses.push({ name: { $containsi: query.search } });
  if (query.accessLevel) clauses.push({ accessLevel: query.accessLevel });
  if (query.scope) clauses.push({ scopeKey: { $contains: `|${query.scope}|` } });
  if (query.expiresSoon) clauses.push(statusWhere('active', now), { validTo: { $lte: query.soonUntil ?? now } });
  const { keyHash } = query;
  if (keyHash) clauses.push({ $or: [{ keyHash }, { previousKeyHash: keyHash, previousKeyExpiresAt: { $gt: now } }] });
  return clauses;
};

const listWhere = (query: ListFilters, now: Date): Where => ({
  $and: [query.status ? statusWhere(query.status, now) : notArchived, ...filterClauses(query, now)],
});

/** maskedKey is shown as `<prefix>****<last four>`, so it sorts by both; names sort case-insensitively. */
const SORT_COLUMNS: Record<Exclude<TokenSortField, 'status'>, string[]> = {
  name: ['nameKey'],
  maskedKey: ['keyPrefix', 'keyLastFour'],
  accessLevel: ['accessLevel'],
  scopes: ['scopeKey'],
  validFrom: ['validFrom'],
  validTo: ['validTo'],
  lastUsedAt: ['lastUsedAt'],
  createdAt: ['createdAt'],
  createdBy: ['creatorName'],
};

/**
 * Where an empty date goes in ascending order, by what it means: no valid-from is "since always", no
 * valid-to is "never ends", no last use is "never". Databases disagree on where NULL sorts, so it is explicit.
 */
const EMPTY_SORTS: Partial<Record<TokenSortField, 'first' | 'last'>> = {
  validFrom: 'first',
  validTo: 'last',
  lastUsedAt: 'first',
};

export const parseSort = (sort: string) => {
  const [field, direction] = sort.split(':') as [TokenSortField, 'asc' | 'desc'];
  return { field, direction };
};

/** Column order for every sort but status; the id breaks ties so pages never overlap. */
export const orderByFor = (field: Exclude<TokenSortField, 'status'>, direction: 'asc' | 'desc') => [
  ...SORT_COLUMNS[field].map((column) => ({ [column]: direction })),
  { id: direction },
];

/** Status is derived, so sorting by it walks the statuses in order, one query each. */
export const statusesInOrder = (direction: 'asc' | 'desc', only?: TokenStatus): TokenStatus[] => {
  const statuses = only ? [only] : TOKEN_STATUSES.filter((status) => status !== 'archived');
  return direction === 'asc' ? statuses : [...statuses].reverse();
};

/** One query of a listing: the page is cut across the segments, in order. */
export interface ListSegment {
  where: Where;
  orderBy: ReturnType<typeof orderByFor>;
}

/**
 * The queries that list tokens in the requested order: one for most sorts; one per status for the
 * derived status; the filled and the empty values apart for nullable dates.
 */
export const listSegments = (query: Required<Pick<TokenListQuery, 'sort'>> & ListFilters, now: Date): ListSegment[] => {
  const { field, direction } = parseSort(query.sort);
  if (field === 'status') {
    const filters = filterClauses(query, now);
    return statusesInOrder(direction, query.status).map((status) => ({
      where: { $and: [statusWhere(status, now), ...filters] },
      orderBy: orderByFor('name', 'asc'),
    }));
  }
  const where = listWhere(query, now);
  const orderBy = orderByFor(field, direction);
  const emptySorts = EMPTY_SORTS[field];
  if (!emptySorts) return [{ where, orderBy }];

  const [column] = SORT_COLUMNS[field];
  const filled = { where: { $and: [where, { [column]: { $notNull: true } }] }, orderBy };
  const empty = { where: { $and: [where, { [column]: { $null: true } }] }, orderBy };
  return (emptySorts === 'first') === (direction === 'asc') ? [empty, filled] : [filled, empty];
};

/** The part of one segment a page shows. */
export interface SegmentSlice {
  segment: number;
  offset: number;
  limit: number;
}

/**
 * Where a page falls when the segments, of `counts` rows each, follow one another as one list: the slice of each
 * segment it takes, in order, and the total of the list.
 */
export const pageAcrossSegments = (counts: number[], { page, pageSize }: { page: number; pageSize: number }) => {
  const slices: SegmentSlice[] = [];
  let before = 0;
  let wanted = pageSize;
  counts.forEach((count, segment) => {
    const offset = Math.max(0, (page - 1) * pageSize - before);
    if (wanted > 0 && offset < count) {
      const limit = Math.min(wanted, count - offset);
      slices.push({ segment, offset, limit });
      wanted -= limit;
    }
    before += count;
  });
  return { slices, total: before };
};
