import { redactPrefixedValues, redactQueryParam } from '../redact-url';

describe('redact-url', () => {
  it('redacts every prefixed value and nothing else', () => {
    expect(redactPrefixedValues('/api/articles?access_token=sat_abc123XYZ&title=sat', 'sat_')).toBe(
      '/api/articles?access_token=sat_REDACTED&title=sat'
    );
    expect(redactPrefixedValues('/api/x?a=sat_1&b=sat_2', 'sat_')).toBe('/api/x?a=sat_REDACTED&b=sat_REDACTED');
  });

  it('redacts one query parameter whatever it holds', () => {
    expect(redactQueryParam('/tokens?search=a&accessKey=My-Secret.Value&page=2', 'accessKey')).toBe(
      '/tokens?search=a&accessKey=REDACTED&page=2'
    );
    expect(redactQueryParam('/tokens?accessKey=x', 'accessKey')).toBe('/tokens?accessKey=REDACTED');
    expect(redactQueryParam('/tokens?search=accessKey', 'accessKey')).toBe('/tokens?search=accessKey');
  });
});
