/**
 * The one polling helper of the tests, the bench and the scripts (TypeScript callers import it through
 * tests/integration/helpers/wait.ts or directly; its types are in wait-for.d.ts).
 */
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Calls `predicate` until it returns something truthy, and resolves with that. A throw counts as "not yet" (an
 * assertion that does not hold yet, a server that does not listen yet). At the deadline it throws, with the last
 * error as its cause: it never returns without the condition met.
 */
const waitFor = async (predicate, { timeoutMs = 10_000, intervalMs = 25, what = 'condition' } = {}) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let failure;
    try {
      const result = await predicate();
      if (result) return result;
    } catch (error) {
      failure = error;
    }
    if (Date.now() > deadline) {
      const reason = failure ? `: ${failure instanceof Error ? failure.message : String(failure)}` : '';
      throw new Error(`${what}: not met within ${timeoutMs} ms${reason}`, { cause: failure });
    }
    await pause(intervalMs);
  }
};

module.exports = { pause, waitFor };
