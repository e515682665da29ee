import config from '..';

const env = (_key: string, fallback?: string) => fallback;
const withMcp = (mcp: Record<string, unknown>) => ({
  ...config.default({ env }),
  secret: 'a-secret-of-sixteen-chars',
  mcp,
});

describe('mcp options', () => {
  it('is on by default, with pages of at most 100 entries', () => {
    const defaults = config.default({ env });
    expect(defaults.mcp).toEqual({ enabled: true, maxPageSize: 100 });
    expect(() => config.validator({ ...defaults, secret: 'a-secret-of-sixteen-chars' })).not.toThrow();
  });

  it('accepts it turned off', () => {
    expect(() => config.validator(withMcp({ enabled: false, maxPageSize: 100 }))).not.toThrow();
  });

  it.each([
    [{ enabled: 'no', maxPageSize: 100 }, 'mcp.enabled'],
    [{ enabled: true, maxPageSize: 0 }, 'mcp.maxPageSize'],
    [{ enabled: true, maxPageSize: 2.5 }, 'mcp.maxPageSize'],
    [{ enabled: true, maxPageSize: 100_000 }, 'mcp.maxPageSize must be at most 1000'],
  ])('refuses %j, naming the option', (mcp, message) => {
    expect(() => config.validator(withMcp(mcp))).toThrow(message);
  });
});
