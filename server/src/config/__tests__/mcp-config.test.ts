import config from '..';
import { defaults, withSecret } from './defaults';

describe('mcp options', () => {
  it('is on by default, with pages of at most 100 entries', () => {
    expect(defaults.mcp).toEqual({ enabled: true, maxPageSize: 100 });
    expect(() => config.validator(withSecret())).not.toThrow();
  });

  it('accepts it turned off', () => {
    expect(() => config.validator(withSecret({ mcp: { enabled: false, maxPageSize: 100 } }))).not.toThrow();
  });

  it.each([
    [{ enabled: 'no', maxPageSize: 100 }, 'mcp.enabled'],
    [{ enabled: true, maxPageSize: 0 }, 'mcp.maxPageSize'],
    [{ enabled: true, maxPageSize: 2.5 }, 'mcp.maxPageSize'],
    [{ enabled: true, maxPageSize: 100_000 }, 'mcp.maxPageSize must be at most 1000'],
  ])('refuses %j, naming the option', (mcp, message) => {
    expect(() => config.validator(withSecret({ mcp }))).toThrow(message);
  });
});
