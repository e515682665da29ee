import { listSegments, pageAcrossSegments, statusWhere, toScopeKey } from '../token-list';

const now = new Date('2025-06-01T12:00:00.000Z');

describe('pageAcrossSegments', () => {
  // Three segments (say active, scheduled, expired) of 3, 0 and 4 rows: one list of 7.
  const counts = [3, 0, 4];

  it('totals every segment, whatever the page', () => {
    expect(pageAcrossSegments(counts, { page: 1, pageSize: 2 }).total).toBe(7);
    expect(pageAcrossSegments(counts, { page: 9, pageSize: 2 }).total).toBe(7);
    expect(pageAcrossSegments([], { page: 1, pageSize: 10 })).toEqual({ slices: [], total: 0 });
  });

  it('takes a page from one segment when it fits inside', () => {
    expect(pageAcrossSegments(counts, { page: 1, pageSize: 2 }).slices).toEqual([{ segment: 0, offset: 0, limit: 2 }]);
    expect(pageAcrossSegments(counts, { page: 3, pageSize: 2 }).slices).toEqual([{ segment: 2, offset: 1, limit: 2 }]);
  });

  it('cuts a page across segments, skipping an empty one', () => {
    expect(pageAcrossSegments(counts, { page: 2, pageSize: 2 }).slices).toEqual([
      { segment: 0, offset: 2, limit: 1 },
      { segment: 2, offset: 0, limit: 1 },
    ]);
    expect(pageAcrossSegments(counts, { page: 1, pageSize: 10 }).slices).toEqual([
      { segment: 0, offset: 0, limit: 3 },
      { segment: 2, offset: 0, limit: 4 },
    ]);
  });

  it('starts the next segment exactly at a page boundary', () => {
    expect(pageAcrossSegments([2, 2], { page: 1, pageSize: 2 }).slices).toEqual([{ segment: 0, offset: 0, limit: 2 }]);
    expect(pageAcrossSegments([2, 2], { page: 2, pageSize: 2 }).slices).toEqual([{ segment: 1, offset: 0, limit: 2 }]);
  });

  it('gives a short last page and nothing past the end', () => {
    expect(pageAcrossSegments(counts, { page: 4, pageSize: 2 }).slices).toEqual([{ segment: 2, offset: 3, limit: 1 }]);
    expect(pageAcrossSegments(counts, { page: 5, pageSize: 2 }).slices).toEqual([]);
  });

  it('shows every row once over all the pages', () => {
    const shown = [1, 2, 3, 4].flatMap((page) =>
      pageAcrossSegments(counts, { page, pageSize: 2 }).slices.flatMap(({ segment, offset, limit }) =>
        Array.from({ length: limit }, (_, i) => `${segment}:${offset + i}`)
      )
    );
    expect(shown).toEqual(['0:0', '0:1', '0:2', '2:0', '2:1', '2:2', '2:3']);
  });
});

describe('listSegments', () => {
  it('sorts by status one segment per status, in the order asked, each by name', () => {
    const asc = listSegments({ sort: 'status:asc' }, now);
    expect(asc.map((segment) => segment.where)).toEqual(
      ['active', 'scheduled', 'expired', 'revoked'].map((status) => ({ $and: [statusWhere(status as never, now)] }))
    );
    expect(
      asc.every((segment) => JSON.stringify(segment.orderBy) === JSON.stringify([{ nameKey: 'asc' }, { id: 'asc' }]))
    ).toBe(true);
    const desc = listSegments({ sort: 'status:desc' }, now);
    expect(desc.map((segment) => segment.where)).toEqual([...asc].reverse().map((segment) => segment.where));
  });

  it('lists archived tokens only when asked for by status', () => {
    expect(listSegments({ sort: 'status:asc' }, now)).toHaveLength(4);
    expect(listSegments({ sort: 'status:asc', status: 'archived' }, now).map((segment) => segment.where)).toEqual([
      { $and: [statusWhere('archived', now)] },
    ]);
  });

  it('keeps the other filters in every status segment', () => {
    const segments = listSegments({ sort: 'status:asc', search: 'ci', scope: 'api::a.a' }, now);
    for (const { where } of segments) {
      expect((where.$and as unknown[]).slice(1)).toEqual([
        { name: { $containsi: 'ci' } },
        { scopeKey: { $contains: '|api::a.a|' } },
      ]);
    }
  });

  it('is one query for a column that is never empty, with the id breaking ties', () => {
    const segments = listSegments({ sort: 'maskedKey:desc' }, now);
    expect(segments).toHaveLength(1);
    expect(segments[0].orderBy).toEqual([{ keyPrefix: 'desc' }, { keyLastFour: 'desc' }, { id: 'desc' }]);
  });

  it.each([
    ['validFrom:asc', 'empty first (since always)', ['$null', '$notNull']],
    ['validFrom:desc', 'empty last', ['$notNull', '$null']],
    ['validTo:asc', 'empty last (never ends)', ['$notNull', '$null']],
    ['validTo:desc', 'empty first', ['$null', '$notNull']],
    ['lastUsedAt:asc', 'empty first (never used)', ['$null', '$notNull']],
  ] as const)('sorts %s %s', (sort, _meaning, order) => {
    const column = sort.split(':')[0];
    const segments = listSegments({ sort }, now);
    expect(
      segments.map(({ where }) => Object.keys((where.$and as Record<string, Record<string, unknown>>[])[1][column])[0])
    ).toEqual(order);
  });

  it('matches a looked-up value by its hash, the previous one only during its grace period', () => {
    const [{ where }] = listSegments({ sort: 'name:asc', keyHash: 'hash' }, now);
    expect(where.$and).toContainEqual({
      $or: [{ keyHash: 'hash' }, { previousKeyHash: 'hash', previousKeyExpiresAt: { $gt: now } }],
    });
  });
});

describe('toScopeKey', () => {
  it('wraps every scope in bars so one LIKE matches a whole uid', () => {
    expect(toScopeKey(['api::a.a', 'api::b.b'])).toBe('|api::a.a|api::b.b|');
    expect(toScopeKey([])).toBe('');
  });
});
