import { PendingUsage } from '../usage-pending';

const at = new Date('2026-03-02T10:30:00Z');

describe('PendingUsage', () => {
  it('adds up per token and UTC hour and drains in token, day, hour order', () => {
    const pending = new PendingUsage();
    pending.add(2, 'success', at);
    pending.add(1, 'forbidden', new Date('2026-03-02T11:00:00Z'));
    pending.add(2, 'success', at, 4);
    pending.add(1, 'unauthorized', at);
    const rows = pending.drain();
    expect(rows.map(({ tokenId, day, hour }) => [tokenId, day, hour])).toEqual([
      [1, '2026-03-02', 10],
      [1, '2026-03-02', 11],
      [2, '2026-03-02', 10],
    ]);
    expect(rows[2].counts.success).toBe(5);
    expect(pending.size).toBe(0);
  });

  it('puts a failed batch back under what was counted since', () => {
    const pending = new PendingUsage();
    pending.add(1, 'success', at);
    const failed = pending.drain();
    pending.add(1, 'success', at, 2);
    pending.restore(failed);
    expect(pending.drain()[0].counts.success).toBe(3);
  });

  it('forgets a token, and hands out copies that later counts do not change', () => {
    const pending = new PendingUsage();
    pending.add(1, 'success', at);
    pending.add(2, 'deliveries', at);
    const copy = pending.of([1]);
    pending.add(1, 'success', at);
    expect(copy[0].counts.success).toBe(1);
    pending.forget(1);
    expect(pending.of([1, 2]).map((row) => row.tokenId)).toEqual([2]);
  });
});
