/** PASS / FAIL lines and their counts, for the final `N passed, N failed` line. */
const createReport = () => {
  const counts = { passed: 0, failed: 0 };
  const pass = (message) => {
    counts.passed += 1;
    console.log(`PASS ${message}`);
  };
  const fail = (message) => {
    counts.failed += 1;
    console.log(`FAIL ${message}`);
  };
  /** Passes or fails on `ok`; returns `ok`. */
  const check = (ok, passMessage, failMessage) => {
    if (ok) pass(passMessage);
    else fail(failMessage);
    return Boolean(ok);
  };
  return { pass, fail, check, counts };
};

module.exports = { createReport };
