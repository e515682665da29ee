import config from '..';

const env = (_key: string, fallback?: string) => fallback;
const withUsage = (usage: Record<string, unknown>) => ({
  ...config.default({ env }),
  secret: 'a-secret-of-sixteen-chars',
  usage,
});

describe('usage options', () => {
  it('accepts the defaults', () => {
    const defaults = config.default({ env });
    expect(defaults.usage).toEqual({ enabled: true, flushIntervalMs: 10_000, retentionDays: 90 });
    expect(() => config.validator({ ...defaults, secret: 'a-secret-of-sixteen-chars' })).not.toThrow();
  });

  it.each([
    [{ enabled: true, flushIntervalMs: 0, retentionDays: 90 }, 'usage.flushIntervalMs'],
    [{ enabled: true, flushIntervalMs: 1000, retentionDays: 1.5 }, 'usage.retentionDays'],
    [{ enabled: 'yes', flushIntervalMs: 1000, retentionDays: 90 }, 'usage.enabled'],
  ])('refuses %j, naming the option', (usage, name) => {
    expect(() => config.validator(withUsage(usage))).toThrow(name);
  });
});
