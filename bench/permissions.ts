/**
 * Custom tokens against a read-only token on the same requests (the speed targets of custom permissions): actions
 * only at pageSize=1, and field rules on the default page of 25 articles with their category populated.
 */
import { PATHS, type Scenario } from './compare';
import { ratio, x, type Target } from './targets';

import type { Summary } from './load';
import type { Seeded } from './seed';

const POPULATED = '/api/articles?populate=category';

export const permissionScenarios = (seeded: Seeded): Scenario[] => [
  { key: 'read-only pageSize1', path: PATHS.pageSize1, tokens: [seeded.readOnly[0]] },
  { key: 'custom, actions only, pageSize1', path: PATHS.pageSize1, tokens: [seeded.custom.actions] },
  { key: 'read-only populated', path: POPULATED, tokens: [seeded.readOnly[0]] },
  { key: 'custom, field rules, populated', path: POPULATED, tokens: [seeded.custom.fields] },
];

const target = (name: string, min: number, custom: Summary, readOnly: Summary): Target => {
  const value = ratio(custom.rps, readOnly.rps);
  return { name, goal: `>= ${min.toFixed(2)}x`, value: x(value), met: value >= min };
};

export const permissionTargets = (p: Record<string, Summary>): Target[] => [
  target(
    'pageSize=1 throughput, custom token with actions only / read-only token',
    0.97,
    p['custom, actions only, pageSize1'],
    p['read-only pageSize1']
  ),
  target(
    `throughput of GET ${POPULATED} (25 entries), custom token with field rules / read-only token`,
    0.9,
    p['custom, field rules, populated'],
    p['read-only populated']
  ),
];
