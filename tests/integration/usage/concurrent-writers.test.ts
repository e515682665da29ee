import createUsageService from '../../../server/src/services/usage';
import { useApp } from '../helpers/setup';
import { TOKEN_USAGE_UID } from './helpers';

const WRITERS = 4;
const ROUNDS = 15;
const TOKENS = [900_001, 900_002, 900_003];

/**
 * Several instances (separate usage services, each with its own pending counts) adding to the same (token, day,
 * hour) rows at the same time, on the database's own concurrency (a pool of connections): no count is lost or
 * doubled, whichever writer inserts a row first.
 */
describe('token usage: instances writing the same rows concurrently', () => {
  const suite = useApp({ ACCESS_TOKENS_USAGE_FLUSH_INTERVAL_MS: '3600000' });

  it('adds every count exactly once', async () => {
    const strapi = suite.app.strapi;
    const instances = Array.from({ length: WRITERS }, () => createUsageService({ strapi }));
    const warn = jest.spyOn(strapi.log, 'warn');
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const instance of instances) {
        for (const tokenId of TOKENS) {
          instance.count(tokenId, 'success');
          instance.count(tokenId, 'forbidden', 2);
        }
      }
      await Promise.all(instances.map((instance) => instance.flush()));
    }
    // A write that lost a deadlock keeps its counts for the next one.
    await Promise.all(instances.map((instance) => instance.stop()));
    const warnings = warn.mock.calls.map(([message]) => String(message));
    warn.mockRestore();

    const rows = (await strapi.db.query(TOKEN_USAGE_UID).findMany({ where: { tokenId: { $in: TOKENS } } })) as Record<
      string,
      number
    >[];
    expect(rows).toHaveLength(TOKENS.length);
    for (const row of rows)
      expect({ success: row.success, forbidden: row.forbidden }).toEqual({
        success: WRITERS * ROUNDS,
        forbidden: 2 * WRITERS * ROUNDS,
      });
    expect(warnings.filter((message) => !/deadlock/i.test(message))).toEqual([]);
  });
});
