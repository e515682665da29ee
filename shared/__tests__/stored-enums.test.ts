/** The database enumerations repeat the shared lists (Strapi reads them from schema.json): they must not drift apart. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ACCESS_LEVELS } from '../access-levels';
import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES } from '../contracts/audit';
import { DELIVERY_STATUSES } from '../contracts/hooks';
import { TOKEN_REFUSAL_REASONS } from '../contracts/tokens';

const enumOf = (contentType: string, attribute: string): unknown => {
  const path = join(__dirname, '../../server/src/content-types', contentType, 'schema.json');
  return JSON.parse(readFileSync(path, 'utf8')).attributes[attribute].enum;
};

describe('stored enumerations', () => {
  it.each([
    ['token', 'accessLevel', ACCESS_LEVELS],
    ['token', 'lastRefusalReason', TOKEN_REFUSAL_REASONS],
    ['hook-delivery', 'status', DELIVERY_STATUSES],
    ['audit-entry', 'subjectType', AUDIT_SUBJECT_TYPES],
    ['audit-entry', 'action', AUDIT_ACTIONS],
  ])('%s.%s holds the shared list', (contentType, attribute, list) => {
    expect(enumOf(contentType, attribute)).toEqual([...list]);
  });
});
