import config from '..';
import { validatePluginConfig } from '../validate';

const defaults = config.default({ env: (_key: string, fallback?: string) => fallback });

describe('validatePluginConfig: the management budget', () => {
  it('allows 20 hook changes an hour per token by default', () => {
    expect(defaults.managementBudget).toEqual({ maxRequests: 20, windowMs: 3_600_000 });
    expect(() => validatePluginConfig(defaults)).not.toThrow();
  });

  it.each([
    [{ managementBudget: { maxRequests: 0, windowMs: 60_000 } }, 'managementBudget.maxRequests'],
    [{ managementBudget: { maxRequests: 5, windowMs: -1 } }, 'managementBudget.windowMs'],
  ])('stops the boot on %j, naming the option', (override, message) => {
    expect(() => validatePluginConfig({ ...defaults, ...override })).toThrow(message);
  });
});
