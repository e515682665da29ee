import { holdNextReadById } from '../helpers/hold-reads';
import { futureIso, useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

const DAY = 86_400_000;

describe('maxLifetimeDays under concurrent edits', () => {
  const suite = useApp({ ACCESS_TOKENS_MAX_LIFETIME_DAYS: '30' });

  it('checks an edit against the token as it is when the edit is written, so two edits cannot add up beyond the cap', async () => {
    // Scheduled: 29 days from validFrom, in 10 days.
    const { id } = await createToken(suite, {
      name: 'raced',
      accessLevel: 'read-only',
      validFrom: futureIso(10),
      validTo: futureIso(39),
    });

    // One edit reads the scheduled token, then waits; meanwhile another starts the token a day ago, ending in 28 days.
    const hold = holdNextReadById(suite.app.strapi, id);
    const later = suite.adminApi.put(`/access-tokens/tokens/${id}`, { validTo: futureIso(39.5) });
    await hold.held;
    const started = await suite.adminApi.put(`/access-tokens/tokens/${id}`, {
      validFrom: new Date(Date.now() - DAY).toISOString(),
      validTo: futureIso(28),
    });
    expect(started.status).toBe(200);
    hold.release();
    await later;

    const { validFrom, validTo } = (await suite.adminApi.get(`/access-tokens/tokens/${id}`)).body.data;
    expect(Date.parse(validTo) - Date.parse(validFrom)).toBeLessThanOrEqual(30 * DAY);
  });
});
