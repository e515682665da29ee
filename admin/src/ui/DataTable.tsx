import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';

import { useT } from './useT';

interface DataTableProps {
  /** Each column's English label by key, translated under `<prefix>.<key>`; or `headers`, cells of the caller's own. */
  columns?: Record<string, string>;
  prefix: string;
  headers?: React.ReactNode[];
  /** Adds a last column, of row actions, named `<prefix>.actions` ("Actions") for screen readers only. */
  withActions?: boolean;
  rowCount: number;
  /** The rows. */
  children: React.ReactNode;
}

/** A table with its header row. */
export const DataTable = ({
  columns = {},
  prefix,
  headers = [],
  withActions = false,
  rowCount,
  children,
}: DataTableProps) => {
  const t = useT();
  const labels = Object.entries(columns).map(([key, label]) => t(`${prefix}.${key}`, label));
  const actionsLabel = withActions ? t(`${prefix}.actions`, 'Actions') : undefined;

  return (
    <Table colCount={labels.length + headers.length + (actionsLabel ? 1 : 0)} rowCount={rowCount + 1}>
      <Thead>
        <Tr>
          {labels.map((label) => (
            <Th key={label}>
              <Typography variant="sigma">{label}</Typography>
            </Th>
          ))}
          {headers}
          {actionsLabel && (
            <Th>
              <VisuallyHidden>{actionsLabel}</VisuallyHidden>
            </Th>
          )}
        </Tr>
      </Thead>
      <Tbody>{children}</Tbody>
    </Table>
  );
};

/** A cell holding one plain text. */
export const TextCell = ({ children }: { children: React.ReactNode }) => (
  <Td>
    <Typography>{children}</Typography>
  </Td>
);
