import { validatePluginConfig } from '../validate';

const base = { prefix: 'sat_' };

describe('maxLifetimeDays and expiryWarnings in the configuration', () => {
  it('accepts 1 to 366 days or null', () => {
    for (const maxLifetimeDays of [1, 90, 366, null])
      expect(() => validatePluginConfig({ ...base, maxLifetimeDays })).not.toThrow();
  });

  it('refuses 0, 367, fractions and text', () => {
    for (const maxLifetimeDays of [0, 367, 1.5, '30']) {
      expect(() => validatePluginConfig({ ...base, maxLifetimeDays })).toThrow(/maxLifetimeDays/);
    }
  });

  it('accepts warning thresholds of whole days, and refuses an empty list or a zero', () => {
    expect(() =>
      validatePluginConfig({
        ...base,
        expiryWarnings: { enabled: true, thresholdsDays: [14, 3], checkIntervalMs: 1000 },
      })
    ).not.toThrow();
    expect(() => validatePluginConfig({ ...base, expiryWarnings: { thresholdsDays: [] } })).toThrow(/thresholdsDays/);
    expect(() => validatePluginConfig({ ...base, expiryWarnings: { thresholdsDays: [7, 0] } })).toThrow(
      /thresholdsDays/
    );
    expect(() => validatePluginConfig({ ...base, expiryWarnings: { checkIntervalMs: 0 } })).toThrow(/checkIntervalMs/);
  });
});
