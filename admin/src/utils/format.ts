import type { AdminSnapshot } from '../../../shared/contracts/tokens';

export const formatAdmin = (admin: AdminSnapshot | null): string | null => {
  if (!admin) return null;
  const name = [admin.firstname, admin.lastname].filter(Boolean).join(' ');
  return name || admin.email || null;
};

export const DATE_TIME_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
