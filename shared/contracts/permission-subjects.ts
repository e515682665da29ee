/**
 * GET /access-tokens/permission-subjects (admin): what a custom token may be granted in this app, for the
 * Settings page's permissions matrix: the server's permission catalog, the one validation checks against, with
 * display names. The shape of a grant itself is in ./permissions.ts.
 */

import { z } from 'zod/v4';

import { dataOf } from './common';

export const PERMISSION_SUBJECT_KINDS = ['collectionType', 'singleType', 'plugin'] as const;
export type PermissionSubjectKind = (typeof PERMISSION_SUBJECT_KINDS)[number];

/** A non-private attribute of a content type; `id` and `documentId` are always readable and not listed. */
export const subjectAttribute = z.object({
  name: z.string(),
  /** Strapi's attribute type: `string`, `relation`, `media`, `component`, … */
  type: z.string(),
  /** false for what no request may set (`createdAt`, `publishedAt`, …): only a read rule applies to it. */
  writable: z.boolean(),
});
export type SubjectAttribute = z.infer<typeof subjectAttribute>;

/** A content type (`api::article.article`) or a plugin with content-API routes (`plugin::upload`). */
export const permissionSubject = z.object({
  uid: z.string(),
  displayName: z.string(),
  kind: z.enum(PERMISSION_SUBJECT_KINDS),
  /**
   * Content types: CONTENT_TYPE_ACTIONS (./permissions.ts), or find, update and delete for a single type.
   * Plugins: `<controller>.<action>` of each content-API route (`content-api.upload`).
   */
  actions: z.array(z.string()),
  /** Empty for a plugin. */
  attributes: z.array(subjectAttribute),
  /** Localized content types may be limited to some of the app's locales. */
  localized: z.boolean(),
});
export type PermissionSubject = z.infer<typeof permissionSubject>;

export const subjectLocale = z.object({ code: z.string(), name: z.string(), isDefault: z.boolean() });
export type SubjectLocale = z.infer<typeof subjectLocale>;

export const permissionSubjectsResponse = dataOf(
  z.object({
    /** Sorted by kind (collection types, single types, plugins), then display name. */
    subjects: z.array(permissionSubject),
    /** The app's locales (i18n plugin); empty without it. */
    locales: z.array(subjectLocale),
  })
);
export type PermissionSubjectsResponse = z.infer<typeof permissionSubjectsResponse>;
export type PermissionSubjects = PermissionSubjectsResponse['data'];
