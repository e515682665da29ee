import { MAX_USER_AGENT_LENGTH, recordableUserAgent } from '../usage-user-agent';

describe('recordableUserAgent', () => {
  it('keeps a usual User-Agent as it is', () => {
    expect(recordableUserAgent('Zapier/1.0 (+https://zapier.com)')).toBe('Zapier/1.0 (+https://zapier.com)');
  });

  it('is null for a missing or blank one', () => {
    expect(recordableUserAgent(undefined)).toBeNull();
    expect(recordableUserAgent('  \t ')).toBeNull();
  });

  it('drops control characters and cuts a long one by code points, never inside a character', () => {
    expect(recordableUserAgent('a\u0000b\u001bc\u007f')).toBe('abc');
    const long = '😀'.repeat(MAX_USER_AGENT_LENGTH + 10);
    const kept = recordableUserAgent(long) as string;
    expect(Array.from(kept)).toHaveLength(MAX_USER_AGENT_LENGTH);
    expect(kept.endsWith('😀')).toBe(true);
  });
});
