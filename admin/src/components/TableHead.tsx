import { Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';

interface TableHeadProps {
  /** The columns' labels, already translated; or `children`, header cells of the caller's own (sortable ones). */
  labels?: string[];
  children?: React.ReactNode;
  /** Names the last column, of row actions, for screen readers only; no such column without it. */
  actionsLabel?: string;
}

/** A table's header row. */
export const TableHead = ({ labels = [], children, actionsLabel }: TableHeadProps) => (
  <Thead>
    <Tr>
      {labels.map((label) => (
        <Th key={label}>
          <Typography variant="sigma">{label}</Typography>
        </Th>
      ))}
      {children}
      {actionsLabel && (
        <Th>
          <VisuallyHidden>{actionsLabel}</VisuallyHidden>
        </Th>
      )}
    </Tr>
  </Thead>
);
