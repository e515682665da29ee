import { Badge, type BadgeProps } from '@strapi/design-system';

import { useT } from './useT';

export type BadgeVariant = NonNullable<BadgeProps['variant']>;

interface StatusBadgeProps<Status extends string> {
  status: Status;
  variants: Record<Status, BadgeVariant>;
  /** English labels, translated under `<prefix>.<status>`. */
  labels: Record<Status, string>;
  prefix: string;
}

/** A status as a coloured badge. */
export const StatusBadge = <Status extends string>({ status, variants, labels, prefix }: StatusBadgeProps<Status>) => {
  const t = useT();
  return <Badge variant={variants[status]}>{t(`${prefix}.${status}`, labels[status])}</Badge>;
};
