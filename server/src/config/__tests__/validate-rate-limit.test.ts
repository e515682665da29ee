import { validatePluginConfig } from '../validate';
import { defaults } from './defaults';

const withRateLimit = (rateLimit: object, extra: object = {}) => ({
  ...defaults,
  ...extra,
  rateLimit: { ...defaults.rateLimit, ...rateLimit },
});

describe('validatePluginConfig: rateLimit', () => {
  it('accepts the defaults, a default limit and a Redis URL', () => {
    expect(defaults.rateLimit).toMatchObject({ default: null, redis: { url: null } });
    expect(() => validatePluginConfig(defaults)).not.toThrow();
    expect(() =>
      validatePluginConfig(
        withRateLimit({
          default: { limit: 1000, windowSeconds: 3600 },
          redis: { ...defaults.rateLimit.redis, url: 'rediss://u:p@redis.example:6380/2' },
        })
      )
    ).not.toThrow();
  });

  it.each([
    ['a zero default limit', { default: { limit: 0, windowSeconds: 60 } }, 'rateLimit.default.limit'],
    [
      'an unknown key in the default',
      { default: { limit: 5, windowSeconds: 60, burst: 1 } },
      'rateLimit.default.burst',
    ],
    ['a window over a day', { default: { limit: 5, windowSeconds: 86_401 } }, 'rateLimit.default.windowSeconds'],
    [
      'a URL that is not Redis',
      { redis: { ...defaults.rateLimit.redis, url: 'http://secret-password@cache:6379' } },
      'rateLimit.redis.url',
    ],
    [
      'a zero command timeout',
      { redis: { ...defaults.rateLimit.redis, commandTimeoutMs: 0 } },
      'rateLimit.redis.commandTimeoutMs',
    ],
  ])('refuses %s, naming it', (_, rateLimit, path) => {
    expect(() => validatePluginConfig(withRateLimit(rateLimit))).toThrow(path);
    expect(() => validatePluginConfig(withRateLimit(rateLimit))).not.toThrow('secret-password');
  });

  it('refuses an invalid limit on a provisioned token', () => {
    const tokens = [
      { name: 'CI', accessLevel: 'read-only', valueFromEnv: 'CI_TOKEN', rateLimit: { limit: -1, windowSeconds: 60 } },
    ];
    expect(() => validatePluginConfig({ ...defaults, tokens })).toThrow('tokens[0].rateLimit.limit');
  });
});
