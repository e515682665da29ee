import { validatePluginConfig } from '../validate';
import { defaults } from './defaults';

describe('validatePluginConfig: the management budget and audit retention', () => {
  it('keeps audit entries a year and allows 20 hook changes an hour per token by default', () => {
    expect(defaults.audit).toEqual({ retentionDays: 365 });
    expect(defaults.managementBudget).toEqual({ maxRequests: 20, windowMs: 3_600_000 });
    expect(() => validatePluginConfig(defaults)).not.toThrow();
    expect(() => validatePluginConfig({ ...defaults, audit: { retentionDays: 30 } })).not.toThrow();
  });

  it.each([
    [{ audit: { retentionDays: 29 } }, 'audit.retentionDays must be at least 30 days'],
    [{ audit: { retentionDays: 0 } }, 'audit.retentionDays must be at least 30 days'],
    [{ audit: { retentionDays: 90.5 } }, 'audit.retentionDays must be an integer'],
    [{ managementBudget: { maxRequests: 0, windowMs: 60_000 } }, 'managementBudget.maxRequests'],
    [{ managementBudget: { maxRequests: 5, windowMs: -1 } }, 'managementBudget.windowMs'],
  ])('stops the boot on %j, naming the option', (override, message) => {
    expect(() => validatePluginConfig({ ...defaults, ...override })).toThrow(message);
  });
});
