import type { TokenListQuery, TokenSortField, TokenStatus } from '../../../shared/contracts/tokens';
import { TOKEN_STATUSES } from '../../../shared/contracts/tokens';

type Where = Record<string, unknown>;

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

export const listWhere = (query: TokenListQuery, hash: (value: string) => string, now: Date): Where => {
  const clauses: Where[] = [query.status ? statusWhere(query.status, now) : notArchived];
  if (query.search) clauses.push({ name: { $containsi: query.search } });
  if (query.accessLevel) clauses.push({ accessLevel: query.accessLevel });
  if (query.scope) clauses.push({ scopeKey: { $contains: `|${query.scope}|` } });
  if (query.accessKey) {
    const keyHash = hash(query.accessKey);
    clauses.push({ $or: [{ keyHash }, { previousKeyHash: keyHash, previousKeyExpiresAt: { $gt: now } }] });
  }
  return { $and: clauses };
};

const SORT_COLUMNS: Record<Exclude<TokenSortField, 'status'>, string> = {
  name: 'nameKey',
  maskedKey: 'keyLastFour',
  accessLevel: 'accessLevel',
  scopes: 'scopeKey',
  validFrom: 'validFrom',
  validTo: 'validTo',
  lastUsedAt: 'lastUsedAt',
  createdAt: 'createdAt',
  createdBy: 'creatorName',
};

export const parseSort = (sort: string) => {
  const [field, direction] = sort.split(':') as [TokenSortField, 'asc' | 'desc'];
  return { field, direction };
};

/** Column order for every sort but status; the id breaks ties so pages never overlap. */
export const orderByFor = (field: Exclude<TokenSortField, 'status'>, direction: 'asc' | 'desc') => [
  { [SORT_COLUMNS[field]]: direction },
  { id: direction },
];

/** Status is derived, so sorting by it walks the statuses in order, one query each. */
export const statusesInOrder = (direction: 'asc' | 'desc', only?: TokenStatus): TokenStatus[] => {
  const statuses = only ? [only] : TOKEN_STATUSES.filter((status) => status !== 'archived');
  return direction === 'asc' ? statuses : [...statuses].reverse();
};
