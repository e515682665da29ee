import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { lintSource } from '@secretlint/core';

import { BASE62_ALPHABET, randomBase62 } from '../../shared/base62';
import { generateToken, hasValidChecksum } from '../../server/src/lib/token-format';

type ConfigRule = Parameters<typeof lintSource>[0]['options']['config']['rules'][number];
// The rule is the CommonJS package people install, loaded as secretlint loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { creator } = require('../secretlint-rule-strapi-access-tokens') as { creator: ConfigRule['rule'] };

/**
 * Every published pattern, read from the file people copy it from, against generated tokens and near misses:
 * the regexes (gitleaks, GitHub) must match a token and nothing shorter or longer; secretlint, which checks the
 * checksum, must also stay silent on values whose checksum is wrong.
 */
const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const gitleaksRule = () => {
  const toml = read('scanners/gitleaks.toml');
  const regex = /^regex = '''(.+)'''$/m.exec(toml)?.[1];
  const keywords = /^keywords = \[(.+)\]$/m.exec(toml)?.[1];
  const entropy = Number(/^entropy = ([\d.]+)$/m.exec(toml)?.[1]);
  if (!regex || !keywords) throw new Error('scanners/gitleaks.toml has no regex or keywords');
  return { regex: new RegExp(regex, 'g'), keywords: JSON.parse(`[${keywords}]`) as string[], entropy };
};

/** The custom pattern of docs/security.md, as GitHub composes it: before, then the secret, then after. */
const githubPattern = () => {
  const doc = read('docs/security.md');
  const field = (name: string) => {
    const value = new RegExp(`^${name}: +(.+)$`, 'm').exec(doc)?.[1].trim();
    if (!value) throw new Error(`docs/security.md has no "${name}:" line`);
    return value;
  };
  const asJs = (pattern: string) => pattern.replace(/\\A/g, '^').replace(/\\z/g, '$');
  return {
    regex: new RegExp(
      `(?:${asJs(field('Before secret'))})(${field('Secret format')})(?:${asJs(field('After secret'))})`,
      'g'
    ),
    testString: field('Test string'),
  };
};

/** What gitleaks and GitHub report: the secret group of each match. */
const regexFinds = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((match) => match[1]);

const secretlintFinds = async (text: string, options: Record<string, unknown> = {}) => {
  const result = await lintSource({
    source: { filePath: '/virtual/config.env', content: text, contentType: 'text' },
    options: {
      config: { rules: [{ id: 'secretlint-rule-strapi-access-tokens', rule: creator, options } as ConfigRule] },
    },
  });
  return result.messages.map((message) => text.slice(message.range[0], message.range[1]));
};

/** Shannon entropy in bits per character, as gitleaks computes it over the secret. */
const shannon = (text: string) => {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  return -[...counts.values()].reduce((sum, count) => sum + (count / text.length) * Math.log2(count / text.length), 0);
};

const otherCharacter = (char: string) => BASE62_ALPHABET[(BASE62_ALPHABET.indexOf(char) + 1) % 62];

/** Values one step away from a token: none of them is a token. */
const nearMisses = (token: string) => {
  const changedAt = (index: number) => token.slice(0, index) + otherCharacter(token[index]) + token.slice(index + 1);
  return {
    'one random character changed': changedAt(4 + Math.floor(Math.random() * 30)),
    'one checksum character changed': changedAt(token.length - 1 - Math.floor(Math.random() * 6)),
    'one character short': token.slice(0, -1),
    'one character long': `${token}${randomBase62(1)}`,
    'a character before it': `${randomBase62(1)}${token}`,
    'another prefix': `sak_${token.slice(4)}`,
    'upper-case prefix': `SAT_${token.slice(4)}`,
    'no prefix': token.slice(4),
  };
};

const tokens = Array.from({ length: 200 }, () => generateToken());
const context = (token: string) => `ACCESS_TOKEN=${token}\nconst headers = { Authorization: "Bearer ${token}" };\n`;

describe.each([
  ['gitleaks (scanners/gitleaks.toml)', () => gitleaksRule().regex],
  ['GitHub custom pattern (docs/security.md)', () => githubPattern().regex],
])('%s', (_name, regexOf) => {
  it('finds every generated token, in an env file, a header and alone', () => {
    for (const token of tokens) {
      expect(regexFinds(regexOf(), context(token))).toEqual([token, token]);
      expect(regexFinds(regexOf(), token)).toEqual([token]);
    }
  });

  it('finds nothing in shorter, longer or differently prefixed values', () => {
    for (const token of tokens.slice(0, 50)) {
      const {
        'one random character changed': _a,
        'one checksum character changed': _b,
        ...otherShapes
      } = nearMisses(token);
      for (const [kind, value] of Object.entries(otherShapes)) {
        expect({ kind, found: regexFinds(regexOf(), context(value)) }).toEqual({ kind, found: [] });
      }
    }
  });
});

describe('gitleaks rule', () => {
  it('names the prefix as its keyword, and every token passes its entropy threshold while a placeholder does not', () => {
    const { keywords, entropy } = gitleaksRule();
    expect(keywords).toEqual(['sat_']);
    expect(Math.min(...tokens.map(shannon))).toBeGreaterThan(entropy);
    expect(shannon(`sat_${'0'.repeat(36)}`)).toBeLessThan(entropy);
  });
});

describe('GitHub custom pattern', () => {
  it('matches its own test string, which is not a real token (its checksum is wrong)', () => {
    const { regex, testString } = githubPattern();
    expect(regexFinds(regex, testString)).toEqual([testString]);
    expect(hasValidChecksum(testString, 'sat_')).toBe(false);
  });
});

describe('secretlint rule (scanners/secretlint-rule-strapi-access-tokens)', () => {
  it('reports every generated token and nothing else around it', async () => {
    for (const token of tokens.slice(0, 50)) expect(await secretlintFinds(context(token))).toEqual([token, token]);
  });

  it('reports no near miss: one character changed, a broken checksum, wrong length or wrong prefix', async () => {
    for (const token of tokens.slice(0, 50)) {
      for (const [kind, value] of Object.entries(nearMisses(token))) {
        expect({ kind, found: await secretlintFinds(context(value)) }).toEqual({ kind, found: [] });
      }
    }
  });

  it('reports tokens of another prefix when told to, and refuses a prefix the plugin would refuse', async () => {
    const acme = generateToken('acme_');
    expect(await secretlintFinds(context(acme))).toEqual([]);
    expect(await secretlintFinds(context(acme), { prefixes: ['sat_', 'acme_'] })).toEqual([acme, acme]);
    await expect(secretlintFinds('x', { prefixes: ['A.*'] })).rejects.toThrow(/not a token prefix/);
  });
});
