import { emptyCounts } from '../usage-counts';
import { requestsLast24Hours, summarizeDays } from '../usage-summary';

const now = new Date('2026-03-02T10:30:00Z');

describe('usage summaries', () => {
  it('gives one zero-filled entry per day, oldest first, and totals of those days only', () => {
    const rows = [
      { day: '2026-03-02', hour: 9, counts: { ...emptyCounts(), success: 2 } },
      { day: '2026-03-02', hour: 10, counts: { ...emptyCounts(), success: 1, rateLimited: 1 } },
      { day: '2026-02-28', hour: 3, counts: { ...emptyCounts(), deliveries: 4 } },
      { day: '2026-02-27', hour: 3, counts: { ...emptyCounts(), success: 100 } },
    ];
    const { days, totals } = summarizeDays(rows, now, 3);
    expect(days.map((day) => [day.date, day.success, day.rateLimited, day.deliveries])).toEqual([
      ['2026-02-28', 0, 0, 4],
      ['2026-03-01', 0, 0, 0],
      ['2026-03-02', 3, 1, 0],
    ]);
    expect(totals).toEqual({ ...emptyCounts(), success: 3, rateLimited: 1, deliveries: 4, restRequests: 4 });
  });

  it('splits requests by surface: REST is what GraphQL and MCP leave, rows without surfaces read as REST', () => {
    const rows = [
      { day: '2026-03-02', hour: 9, counts: { ...emptyCounts(), success: 5, forbidden: 1, mcpRequests: 2 } },
      { day: '2026-03-02', hour: 10, counts: { ...emptyCounts(), rateLimited: 3, graphqlRequests: 3, deliveries: 9 } },
      { day: '2026-03-01', hour: 10, counts: { success: 4 } },
    ];
    const { days, totals } = summarizeDays(rows, now, 2);
    const surfaces = ({ restRequests, graphqlRequests, mcpRequests }: typeof totals) => [
      restRequests,
      graphqlRequests,
      mcpRequests,
    ];
    expect(days.map(surfaces)).toEqual([
      [4, 0, 0],
      [4, 3, 2],
    ]);
    expect(surfaces(totals)).toEqual([8, 3, 2]);
  });

  it('sums the requests of the last 24 hours per token, zero for a token without any', () => {
    const rows = [
      { tokenId: 1, day: '2026-03-02', hour: 10, counts: { success: 2, forbidden: 1, deliveries: 9 } },
      { tokenId: 1, day: '2026-03-01', hour: 11, counts: { unauthorized: 1 } },
      { tokenId: 1, day: '2026-03-01', hour: 10, counts: { success: 50 } },
      { tokenId: 3, day: '2026-03-02', hour: 0, counts: { success: 1 } },
    ];
    expect(requestsLast24Hours(rows, [1, 2], now)).toEqual(
      new Map([
        [1, 4],
        [2, 0],
      ])
    );
  });
});
