import dns from 'node:dns';
import { isIP } from 'node:net';

type Lookup = (...args: unknown[]) => unknown;
type Entry = { address: string; family: number };

/**
 * Answers DNS lookups of one test-only name in this process (Strapi, booted in-process, and the forward proxy
 * both ask through `dns.lookup` / `dns.promises.lookup`); every other name resolves as usual. Answers are given
 * in order, the last one for every lookup after it: `answer(public, private)` is a rebinding name whose next
 * lookup sees a public address and every later one a private one. `restore()` puts the real lookups back.
 */
export const fakeDnsName = (name: string, ...initial: string[]) => {
  let answers = initial;
  const next = (): Entry => {
    const address = answers[0];
    if (answers.length > 1) answers = answers.slice(1);
    return { address, family: isIP(address) };
  };
  const wantsAll = (options: unknown) => (options as { all?: boolean } | undefined)?.all === true;

  const realLookup = dns.lookup as unknown as Lookup;
  const realPromisesLookup = dns.promises.lookup as unknown as Lookup;
  const lookup: Lookup = (hostname, options, callback) => {
    if (hostname !== name) return realLookup.call(dns, hostname, options, callback);
    const done = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void;
    const entry = next();
    process.nextTick(() => (wantsAll(options) ? done(null, [entry]) : done(null, entry.address, entry.family)));
    return undefined;
  };
  const promisesLookup: Lookup = async (hostname, options) => {
    if (hostname !== name) return realPromisesLookup.call(dns.promises, hostname, options);
    const entry = next();
    return wantsAll(options) ? [entry] : entry;
  };
  Object.assign(dns, { lookup });
  Object.assign(dns.promises, { lookup: promisesLookup });

  return {
    answer(...addresses: string[]) {
      answers = addresses;
    },
    restore() {
      Object.assign(dns, { lookup: realLookup });
      Object.assign(dns.promises, { lookup: realPromisesLookup });
    },
  };
};

/** fakeDnsName for the tests of one describe block: installed before them, restored after them. */
export const useFakeDnsName = (name: string, ...initial: string[]) => {
  let fake: ReturnType<typeof fakeDnsName> | undefined;
  beforeAll(() => {
    fake = fakeDnsName(name, ...initial);
  });
  afterAll(() => fake?.restore());
  return {
    answer(...addresses: string[]) {
      if (!fake) throw new Error('The fake name is installed in beforeAll');
      fake.answer(...addresses);
    },
  };
};
