import type { AdminSnapshot } from '../../../shared/contracts/tokens';

export interface AdminUserLike {
  id?: number | string;
  firstname?: string | null;
  lastname?: string | null;
  email?: string | null;
}

/** A copy of the acting admin, kept so tokens and audit entries survive the admin's removal. */
export const snapshotAdmin = (user: AdminUserLike | null | undefined): AdminSnapshot | null =>
  user
    ? {
        id: user.id == null ? null : Number(user.id),
        firstname: user.firstname ?? null,
        lastname: user.lastname ?? null,
        email: user.email ?? null,
      }
    : null;

export const displayNameOf = (admin: AdminSnapshot | null): string =>
  admin ? [admin.firstname, admin.lastname].filter(Boolean).join(' ') || admin.email || '' : '';
