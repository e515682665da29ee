/**
 * The shape of a custom token's permissions, shared by the server and the Settings page. What needs the app's
 * schema (known content types, their actions, attributes and locales) is checked on the server
 * (server/src/permissions/validate.ts); this file holds only what is true of any app.
 */

import { z } from 'zod/v4';

import type { AccessLevel } from '../access-levels';

/** The actions of a content type's content-API routes, in the order of Strapi's role editor. */
export const CONTENT_TYPE_ACTIONS = ['find', 'findOne', 'create', 'update', 'delete'] as const;
export type ContentTypeAction = (typeof CONTENT_TYPE_ACTIONS)[number];

/** The actions that read: a read-only custom token holds only these. */
export const READ_ACTIONS: readonly string[] = ['find', 'findOne'];

const attributeNames = z.array(z.string().min(1)).max(500);

/** What a token may do with one content type (`api::article.article`) or one plugin (`plugin::upload`). */
export const subjectPermission = z.strictObject({
  /** Content types: a subset of CONTENT_TYPE_ACTIONS; plugins: the actions their content-API routes declare. */
  actions: z.array(z.string().min(1)).min(1, 'must name at least one action').max(100),
  /** Absent: every non-private attribute. `id` and `documentId` are always readable. */
  fields: z.strictObject({ read: attributeNames.optional(), write: attributeNames.optional() }).optional(),
  /** Localized content types only. Absent: every locale. */
  locales: z.array(z.string().min(1)).min(1, 'must name at least one locale').max(100).optional(),
});
export type SubjectPermission = z.infer<typeof subjectPermission>;

/** `accessLevel: 'custom'`: at least one subject, keyed by its UID. */
export const permissions = z
  .record(
    z.string().regex(/^(api|plugin)::[\w-]+(\.[\w-]+)?$/, 'must be a content-type UID or plugin::<name>'),
    subjectPermission
  )
  .refine((value) => Object.keys(value).length > 0, 'must grant at least one content type or plugin');
export type Permissions = z.infer<typeof permissions>;

/** A refused combination of level, scopes and permissions, by the field it concerns. */
export interface AccessProblem {
  path: string[];
  message: string;
}

interface AccessFields {
  accessLevel?: AccessLevel;
  scopes?: string[];
  permissions?: Permissions | null;
}

/**
 * What a token's level asks of its scopes and permissions once `edit` applies to what it `held` (null: a new
 * token): a custom token holds permissions and no scopes; the other levels hold scopes and no permissions.
 */
export const accessProblems = (
  edit: AccessFields,
  held: { accessLevel: AccessLevel; permissions: Permissions | null } | null
): AccessProblem[] => {
  const level = edit.accessLevel ?? held?.accessLevel;
  if (level !== 'custom') {
    return level && edit.permissions
      ? [{ path: ['permissions'], message: `is held by custom tokens only, not by a ${level} token` }]
      : [];
  }
  const problems: AccessProblem[] = [];
  const permissions = edit.permissions === undefined ? held?.permissions : edit.permissions;
  if (!permissions) problems.push({ path: ['permissions'], message: 'is required for a custom token' });
  if (edit.scopes?.length)
    problems.push({
      path: ['scopes'],
      message: 'must be empty for a custom token: its permissions name what it reaches',
    });
  return problems;
};
