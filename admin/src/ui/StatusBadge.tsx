import { Badge, type BadgeProps } from '@strapi/design-system';

import { labelOf, useT, type ValueLabels } from './useT';

export type BadgeVariant = NonNullable<BadgeProps['variant']>;

/** How the values of a status read: their labels, and their badges' colours. */
export interface StatusLook<Status extends string> extends ValueLabels<Status> {
  variants: Record<Status, BadgeVariant>;
}

/** A status as a coloured badge. */
export const StatusBadge = <Status extends string>({ status, look }: { status: Status; look: StatusLook<Status> }) => {
  const t = useT();
  return <Badge variant={look.variants[status]}>{labelOf(t, look, status)}</Badge>;
};
