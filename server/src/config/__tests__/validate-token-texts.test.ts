import { validatePluginConfig } from '../validate';
import { defaults } from './defaults';

const withToken = (token: object) => ({
  ...defaults,
  tokens: [{ name: 'CI pipeline', accessLevel: 'read-only', valueFromEnv: 'CI_TOKEN', ...token }],
});

describe('validatePluginConfig: provisioned token names and descriptions', () => {
  it('accepts a plain name and a description over several lines', () => {
    expect(() => validatePluginConfig(withToken({ description: 'Deploys\nthe site' }))).not.toThrow();
  });

  it.each([
    [
      'a name with CR LF',
      { name: 'ci\r\nBcc: x@y' },
      'tokens[0].name must not contain line breaks, tabs or other control characters (found U+000D)',
    ],
    [
      'a name with a tab',
      { name: 'ci\tpipeline' },
      'tokens[0].name must not contain line breaks, tabs or other control characters (found U+0009)',
    ],
    ['a name with a bidi override', { name: 'ci\u202Epipeline' }, '(found U+202E)'],
    [
      'a description with CR LF',
      { description: 'ci\r\nBcc: x@y' },
      'tokens[0].description must not contain tabs or control characters other than line breaks (found U+000D)',
    ],
  ])('stops the start-up on %s, naming the field and the character', (_, token, message) => {
    expect(() => validatePluginConfig(withToken(token))).toThrow('Invalid configuration of the access-tokens plugin');
    expect(() => validatePluginConfig(withToken(token))).toThrow(message);
  });
});
