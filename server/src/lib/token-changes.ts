import { inSubjectOrder } from './permission-order';

import type { Permissions } from '../../../shared/contracts/permissions';

const EDITABLE_FIELDS = [
  'name',
  'description',
  'accessLevel',
  'scopes',
  'ipAllowlist',
  'validFrom',
  'validTo',
  'rateLimit',
] as const;

export type Changes = Record<string, { from: unknown; to: unknown }>;

const changed = ([, change]: readonly [string, { from: unknown; to: unknown }]) =>
  JSON.stringify(change.from) !== JSON.stringify(change.to);

/**
 * A change of permissions, one entry per subject that changed (`permissions.api::article.article`), from what
 * it granted to what it grants (null: nothing), so that the audit shows what changed rather than two whole sets.
 */
const permissionChanges = (before: Permissions | null | undefined, after: Permissions | null | undefined) => {
  const from = before ? inSubjectOrder(before) : {};
  const to = after ? inSubjectOrder(after) : {};
  const subjects = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  return subjects
    .map((uid) => [`permissions.${uid}`, { from: from[uid] ?? null, to: to[uid] ?? null }] as const)
    .filter(changed);
};

/** What changed between two versions of a token, for the audit trail: the editable fields `after` names. */
export const diffTokens = (before: object, after: object): Changes => {
  const field = (version: object, name: string) => (version as Record<string, unknown>)[name];
  return Object.fromEntries([
    ...EDITABLE_FIELDS.filter((name) => name in after)
      .map((name) => [name, { from: field(before, name) ?? null, to: field(after, name) ?? null }] as const)
      .filter(changed),
    ...('permissions' in after
      ? permissionChanges(field(before, 'permissions') as Permissions, field(after, 'permissions') as Permissions)
      : []),
  ]);
};
