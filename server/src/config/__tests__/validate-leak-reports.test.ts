import { validatePluginConfig } from '../validate';

const base = { prefix: 'sat_' };

describe('leakReports in the configuration', () => {
  it('accepts a global budget larger than the per-address one', () => {
    expect(() =>
      validatePluginConfig({ ...base, leakReports: { maxRequests: 10, globalMaxRequests: 100, windowMs: 60_000 } })
    ).not.toThrow();
  });

  it('refuses a global budget one address could use up, and budgets that are not positive whole numbers', () => {
    expect(() => validatePluginConfig({ ...base, leakReports: { maxRequests: 10, globalMaxRequests: 10 } })).toThrow(
      /leakReports.globalMaxRequests must be more than leakReports.maxRequests/
    );
    for (const globalMaxRequests of [0, 1.5, '100']) {
      expect(() => validatePluginConfig({ ...base, leakReports: { globalMaxRequests } })).toThrow(/globalMaxRequests/);
    }
  });
});
