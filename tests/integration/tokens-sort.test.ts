import { createAdmin } from './helpers/admin';
import { createClient } from './helpers/http';
import { futureIso, useApp } from './helpers/setup';
import { tokenListApi } from './helpers/token-list';

const pastIso = (days: number) => futureIso(-days);

describe('tokens admin API: sort', () => {
  const suite = useApp();
  const { create, names, setRow } = tokenListApi(suite);

  // Created in the order Z, X, Y; each field orders the three differently from their names.
  const expected: Record<string, string[]> = {
    name: ['Sort x', 'Sort Y', 'Sort z'],
    createdAt: ['Sort z', 'Sort x', 'Sort Y'],
    maskedKey: ['Sort Y', 'Sort z', 'Sort x'],
    accessLevel: ['Sort z', 'Sort Y', 'Sort x'],
    scopes: ['Sort x', 'Sort z', 'Sort Y'],
    validFrom: ['Sort Y', 'Sort z', 'Sort x'], // no start = since always
    validTo: ['Sort z', 'Sort Y', 'Sort x'], // no end = never expires
    lastUsedAt: ['Sort z', 'Sort Y', 'Sort x'], // never used first
    createdBy: ['Sort Y', 'Sort z', 'Sort x'], // case-insensitive: alice, Bob, Carol
  };

  beforeAll(async () => {
    const apiAs = async (firstname: string, lastname: string) => {
      const admin = await createAdmin(suite.app.strapi, suite.app.url);
      await suite.app.strapi.db.query('admin::user').update({ where: { id: admin.id }, data: { firstname, lastname } });
      return createClient(suite.app.url, { Authorization: `Bearer ${admin.jwt}` });
    };
    /** The three tokens in the order they are created (createdAt), each by its own admin (createdBy). */
    const seeds: Array<{ creator: [string, string]; token: Record<string, unknown> }> = [
      {
        creator: ['Bob', 'B'],
        token: {
          name: 'Sort z',
          accessLevel: 'read-only',
          accessKey: 'bbbb-Sort-Custom-Value-hDFESc19qflP4tE3FBiz-0005',
          scopes: ['api::article.article'],
          validFrom: pastIso(2),
          validTo: futureIso(5),
        },
      },
      {
        creator: ['Carol', 'C'],
        token: {
          name: 'Sort x',
          accessLevel: 'read-write',
          accessKey: 'cccc-Sort-Custom-Value-KSzrBPofyfKxAWTZnHri-0001',
          validFrom: pastIso(1),
        },
      },
      {
        creator: ['alice', 'A'],
        token: {
          name: 'Sort Y',
          accessLevel: 'read-only',
          accessKey: 'aaaa-Sort-Custom-Value-vERxcW5KUn6rfmGN9g9m-0009',
          scopes: ['api::category.category'],
          validTo: futureIso(10),
        },
      },
    ];
    const created = [];
    for (const { creator, token } of seeds) created.push(await create(token, await apiAs(...creator)));
    const [z, x, y] = created;
    await setRow(x.id, { lastUsedAt: new Date(Date.now() - 3_600_000) });
    await setRow(y.id, { lastUsedAt: new Date(Date.now() - 7_200_000) });
    expect(z.id).toBeLessThan(y.id);
  });

  it.each(Object.keys(expected))('sorts by %s ascending and descending, page by page', async (field) => {
    for (const direction of ['asc', 'desc']) {
      const order = direction === 'asc' ? expected[field] : [...expected[field]].reverse();
      const sort = `${field}:${direction}`;
      expect([sort, await names({ search: 'Sort ', sort })]).toEqual([sort, order]);
      const paged = [];
      for (let page = 1; page <= 3; page += 1)
        paged.push(...(await names({ search: 'Sort ', sort, page, pageSize: 1 })));
      expect([sort, paged]).toEqual([sort, order]);
    }
  });
});
