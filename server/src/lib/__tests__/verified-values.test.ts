import { createVerifiedValues } from '../verified-values';

describe('createVerifiedValues', () => {
  it('remembers a value for the client it was verified from only', () => {
    const verified = createVerifiedValues({ maxClients: 10 });
    verified.remember('203.0.113.7', 'hash-a');
    expect(verified.has('203.0.113.7', 'hash-a')).toBe(true);
    expect(verified.has('203.0.113.7', 'hash-b')).toBe(false);
    expect(verified.has('203.0.113.8', 'hash-a')).toBe(false);
  });

  it('forgets a value retentionMs after its last success, and a new success starts the period again', () => {
    let now = 0;
    const verified = createVerifiedValues({ maxClients: 10, retentionMs: 1000, clock: () => now });
    verified.remember('c', 'a');
    now = 900;
    verified.remember('c', 'a');
    now = 1800;
    expect(verified.has('c', 'a')).toBe(true);
    now = 1901;
    expect(verified.has('c', 'a')).toBe(false);
  });

  it('keeps the most recent values per client and the most recently verified clients', () => {
    const verified = createVerifiedValues({ maxClients: 2, perClient: 2 });
    verified.remember('c', 'a');
    verified.remember('c', 'b');
    verified.remember('c', 'c');
    expect(['a', 'b', 'c'].map((hash) => verified.has('c', hash))).toEqual([false, true, true]);
    verified.remember('d', 'a');
    verified.remember('e', 'a');
    expect(['c', 'd', 'e'].map((client) => verified.has(client, 'a') || verified.has(client, 'c'))).toEqual([
      false,
      true,
      true,
    ]);
  });
});
