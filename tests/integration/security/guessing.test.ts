import { randomBytes } from 'node:crypto';

import { generateToken } from '../../../server/src/lib/token-format';
import { bearer, createClient } from '../helpers/http';
import { useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

const GUESSES = 3000;
const MAX_FAILURES = 50;

/** Values an attacker would try: random, truncated, bad checksums and one-character near misses. */
const guessesFor = (real: string): string[] =>
  Array.from({ length: GUESSES }, (_, index) => {
    switch (index % 5) {
      case 0:
        return generateToken('sat_'); // well-formed but unknown: reaches the database
      case 1:
        return `sat_${randomBytes(27).toString('base64url')}`;
      case 2:
        return real.slice(0, 1 + (index % (real.length - 1)));
      case 3: {
        const position = 4 + (index % (real.length - 4));
        const replacement = real[position] === 'a' ? 'b' : 'a';
        return real.slice(0, position) + replacement + real.slice(position + 1);
      }
      default:
        return randomBytes(24).toString('hex');
    }
  });

describe('token guessing', () => {
  const suite = useApp({ ACCESS_TOKENS_THROTTLE_MAX_FAILURES: String(MAX_FAILURES) });

  it(`accepts none of ${GUESSES} guesses, throttles the guesser, and keeps serving the real token`, async () => {
    const { value } = await createToken(suite, { name: 'target', accessLevel: 'read-only' });
    // The integration was at work before the attack: a throttled address keeps the values it used.
    expect((await createClient(suite.app.url, bearer(value)).get('/api/access-tokens/me')).status).toBe(200);
    const statuses = new Map<number, number>();
    const validDuringAttack: number[] = [];
    const guesses = guessesFor(value);

    for (let start = 0; start < guesses.length; start += 50) {
      const batch = guesses
        .slice(start, start + 50)
        .map((guess) => createClient(suite.app.url, bearer(guess)).get('/api/access-tokens/me'));
      batch.push(
        createClient(suite.app.url, bearer(value))
          .get('/api/access-tokens/me')
          .then((response) => {
            validDuringAttack.push(response.status);
            return response;
          })
      );
      for (const response of await Promise.all(batch.slice(0, -1))) {
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
      await batch[batch.length - 1];
    }

    console.info(
      `guessing: ${GUESSES} guesses -> ${JSON.stringify(Object.fromEntries(statuses))}; real token during the attack: ${validDuringAttack.length} x 200`
    );
    expect(statuses.get(200)).toBeUndefined();
    expect(statuses.get(429)).toBeGreaterThan(GUESSES / 2);
    expect(validDuringAttack.every((status) => status === 200)).toBe(true);
  });
});
