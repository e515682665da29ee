import type { Permissions, SubjectPermission } from '../../../shared/contracts/permissions';

const subjectInOrder = ({ actions, fields, locales }: SubjectPermission): SubjectPermission => ({
  actions,
  ...(fields && {
    fields: {
      ...(fields.read && { read: fields.read }),
      ...(fields.write && { write: fields.write }),
    },
  }),
  ...(locales && { locales }),
});

/**
 * Permissions with their keys in one order: subjects by UID, then `actions`, `fields` (`read`, `write`),
 * `locales`. A JSON column may give them back in another (MySQL sorts keys by length), and the audit compares
 * them as JSON. The lists keep their order: validation/permissions.ts stores them in the app's.
 */
export const inSubjectOrder = (permissions: Permissions): Permissions =>
  Object.fromEntries(
    Object.keys(permissions)
      .sort()
      .map((uid) => [uid, subjectInOrder(permissions[uid])])
  );
