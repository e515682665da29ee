import { yup } from '@strapi/utils';

import { knownFieldsOnly } from '../yup-rules';

describe('knownFieldsOnly', () => {
  const schema = knownFieldsOnly(yup.object({ name: yup.string() }));
  const unknownPaths = async (value: unknown) => {
    try {
      await schema.validate(value, { strict: true, abortEarly: false });
      return [];
    } catch (error) {
      return (error as yup.ValidationError).inner.map((entry) => entry.path);
    }
  };

  it('accepts the known fields', async () => {
    expect(await unknownPaths({ name: 'a' })).toEqual([]);
  });

  it('names each unknown field', async () => {
    expect(await unknownPaths({ name: 'a', owner: 'me', status: 'x' })).toEqual(['owner', 'status']);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'treats %s, an Object.prototype member, as unknown',
    async (key) => {
      expect(await unknownPaths({ name: 'a', [key]: 'x' })).toEqual([key]);
    }
  );

  it('treats an own __proto__ key, as JSON.parse makes it, as unknown', async () => {
    expect(await unknownPaths(JSON.parse('{"name":"a","__proto__":{"isAdmin":true}}'))).toEqual(['__proto__']);
  });

  it('reports the unknown field with its own value, never the whole body (where a secret may be)', async () => {
    const error = await schema
      .validate({ name: 'Secret-Value-123', owner: 'me' }, { strict: true, abortEarly: false })
      .catch((caught) => caught);
    expect(error.inner.map((entry: yup.ValidationError) => [entry.path, entry.value])).toEqual([['owner', 'me']]);
  });
});
