import config from '..';
import { defaults, withSecret } from './defaults';

describe('usage options', () => {
  it('accepts the defaults', () => {
    expect(defaults.usage).toEqual({ enabled: true, flushIntervalMs: 10_000, retentionDays: 90 });
    expect(() => config.validator(withSecret())).not.toThrow();
  });

  it.each([
    [{ enabled: true, flushIntervalMs: 0, retentionDays: 90 }, 'usage.flushIntervalMs'],
    [{ enabled: true, flushIntervalMs: 1000, retentionDays: 1.5 }, 'usage.retentionDays'],
    [{ enabled: 'yes', flushIntervalMs: 1000, retentionDays: 90 }, 'usage.enabled'],
  ])('refuses %j, naming the option', (usage, name) => {
    expect(() => config.validator(withSecret({ usage }))).toThrow(name);
  });
});
