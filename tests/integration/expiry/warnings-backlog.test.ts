import { outbox } from '../helpers/outbox';
import { futureIso, useApp } from '../helpers/setup';
import { createToken } from '../helpers/tokens';

const TOKEN_UID = 'plugin::access-tokens.token';

describe('expiry-warning emails with many tokens ending soon', () => {
  // The interval is an hour: the test runs the check itself.
  const suite = useApp();
  const check = () => suite.app.strapi.plugin('access-tokens').service('expiryWarnings').check();

  it('still warns about a token behind more already-warned tokens than one check reads at a time', async () => {
    const { id } = await createToken(suite, { name: 'template', accessLevel: 'read-only', validTo: futureIso(3) });
    const { id: _id, ...template } = await suite.app.strapi.db.query(TOKEN_UID).findOne({ where: { id } });
    // 600 tokens ending in 3 days, each already warned at the 7-day threshold: nothing due for them now.
    const warned = Array.from({ length: 600 }, (_, index) => ({
      ...template,
      name: `warned ${index}`,
      nameKey: `warned ${index}`,
      keyHash: `${template.keyHash}-${index}`,
      expiryWarnedDays: 7,
    }));
    await suite.app.strapi.db.query(TOKEN_UID).createMany({ data: warned });
    await suite.app.strapi.db.query(TOKEN_UID).delete({ where: { id } });

    await createToken(suite, { name: 'behind the backlog', accessLevel: 'read-only', validTo: futureIso(5) });
    await check();
    expect(outbox.filter((mail) => mail.subject.startsWith('Access token "behind the backlog" expires'))).toHaveLength(
      1
    );
  });
});
