import { waitFor } from './wait';

describe('waitFor', () => {
  it('resolves with the first truthy answer', async () => {
    let calls = 0;
    expect(await waitFor(() => (++calls >= 3 ? `after ${calls}` : null), { intervalMs: 1 })).toBe('after 3');
  });

  it('throws at its deadline, with what was awaited', async () => {
    await expect(waitFor(() => false, { timeoutMs: 30, intervalMs: 5, what: 'nothing' })).rejects.toThrow(
      /^nothing: not met within 30 ms$/
    );
  });

  it('takes a throw for "not yet", and names the last one at the deadline', async () => {
    let calls = 0;
    expect(
      await waitFor(
        () => {
          if (++calls < 3) throw new Error('not listening');
          return calls;
        },
        { intervalMs: 1 }
      )
    ).toBe(3);
    await expect(
      waitFor(
        () => {
          throw new Error('still failing');
        },
        { timeoutMs: 30, intervalMs: 5, what: 'a check' }
      )
    ).rejects.toThrow('a check: not met within 30 ms: still failing');
  });
});
