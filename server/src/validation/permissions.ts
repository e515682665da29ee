import type { Permissions, SubjectPermission } from '../../../shared/contracts/permissions';

/** What a token may be granted on one subject of the app, as services/permission-catalog.ts reads it. */
export interface SubjectSchema {
  kind: 'collectionType' | 'singleType' | 'plugin';
  /** In the app's order: Strapi's for a content type, its routes' for a plugin. */
  actions: readonly string[];
  /** Non-private attributes, in the model's order; none for a plugin. */
  readable: readonly string[];
  /** Of those, what the content API lets a client write (Strapi's non-writable attributes excluded). */
  writable: readonly string[];
  /** Attributes no token may be granted (Strapi's private attributes). */
  private: readonly string[];
  localized: boolean;
}

/** The subjects a custom token may name, and the locales of the app. */
export interface PermissionCatalog {
  subjects: ReadonlyMap<string, SubjectSchema>;
  /** Locale codes, the default first. */
  locales: readonly string[];
  /** Why a UID that is no subject is refused, when there is more to say than "unknown". */
  refusal: (uid: string) => string | null;
}

export interface PermissionProblem {
  /** From `permissions`: `['permissions', 'api::article.article', 'fields', 'read', '0']`. */
  path: string[];
  message: string;
}

/** `id` and `documentId` are not attributes: always readable, never writable. */
const ALWAYS_READABLE = ['id', 'documentId'];

type Report = (path: (string | number)[], message: string) => void;

/** Each item of `list` that `allowed` does not hold, or that repeats, at its index. */
const checkList = (
  list: readonly string[],
  allowed: readonly string[],
  why: (item: string) => string,
  report: Report
) =>
  list.forEach((item, index) => {
    if (list.indexOf(item) !== index) report([index], 'is listed twice');
    else if (!allowed.includes(item)) report([index], why(item));
  });

const fieldRefusal = (schema: SubjectSchema, side: 'read' | 'write') => (field: string) => {
  if (ALWAYS_READABLE.includes(field))
    return side === 'read' ? 'is always readable: leave it out' : 'is never writable';
  if (schema.private.includes(field)) return 'is private: private attributes can never be granted';
  if (side === 'write' && schema.readable.includes(field)) return 'is not writable through the content API';
  return 'is not an attribute of this content type';
};

const KIND_NAMES: Record<SubjectSchema['kind'], string> = {
  collectionType: 'collection type',
  singleType: 'single type',
  plugin: 'plugin',
};

const checkSubject = (catalog: PermissionCatalog, schema: SubjectSchema, grant: SubjectPermission, report: Report) => {
  const actions = () => `is not an action of this ${KIND_NAMES[schema.kind]}: use ${schema.actions.join(', ')}`;
  checkList(grant.actions, schema.actions, actions, (path, message) => report(['actions', ...path], message));
  if (grant.fields && schema.kind === 'plugin') report(['fields'], 'apply to content types only, not to a plugin');
  else
    for (const side of ['read', 'write'] as const) {
      const allowed = side === 'read' ? schema.readable : schema.writable;
      const fields = grant.fields?.[side] ?? [];
      checkList(fields, allowed, fieldRefusal(schema, side), (path, message) =>
        report(['fields', side, ...path], message)
      );
    }
  if (!grant.locales) return;
  if (!schema.localized) {
    report(['locales'], 'apply to localized content types only, and this one is not');
    return;
  }
  const locales = () => `is not a locale of the app: use ${catalog.locales.join(', ')}`;
  checkList(grant.locales, catalog.locales, locales, (path, message) => report(['locales', ...path], message));
};

/**
 * What the shape of shared/contracts/permissions.ts cannot know: the subjects the app has (a content type with
 * content-API routes, or a plugin that has some; never this plugin), their actions, non-private attributes and
 * locales. Every problem, each at its place; none: the permissions may be stored.
 */
export const permissionProblems = (catalog: PermissionCatalog, permissions: Permissions): PermissionProblem[] => {
  const problems: PermissionProblem[] = [];
  for (const [uid, grant] of Object.entries(permissions)) {
    const report: Report = (path, message) =>
      problems.push({ path: ['permissions', uid, ...path.map(String)], message });
    const schema = catalog.subjects.get(uid);
    if (schema) checkSubject(catalog, schema, grant, report);
    else report([], catalog.refusal(uid) ?? 'is not a content type or plugin with content-API routes');
  }
  return problems;
};

const inOrderOf = (order: readonly string[], list: readonly string[]) => order.filter((item) => list.includes(item));

/** Valid permissions in the app's order (subjects by UID, lists as the catalog orders them), as they are stored. */
export const canonicalPermissions = (catalog: PermissionCatalog, permissions: Permissions): Permissions =>
  Object.fromEntries(
    Object.keys(permissions)
      .sort()
      .map((uid) => {
        const schema = catalog.subjects.get(uid)!;
        const { actions, fields, locales } = permissions[uid];
        const ordered = (side: 'read' | 'write') => fields?.[side] && inOrderOf(schema.readable, fields[side]);
        return [
          uid,
          {
            actions: inOrderOf(schema.actions, actions),
            ...(fields && {
              fields: {
                ...(fields.read && { read: ordered('read') }),
                ...(fields.write && { write: ordered('write') }),
              },
            }),
            ...(locales && { locales: inOrderOf(catalog.locales, locales) }),
          },
        ];
      })
  );
