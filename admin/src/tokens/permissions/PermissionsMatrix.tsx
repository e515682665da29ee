import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

import type { Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubject, SubjectLocale } from '../../../../shared/contracts/permission-subjects';
import { useT } from '../../ui/useT';
import { CELL_WIDTH, LABEL_WIDTH, MatrixScroll } from './matrixLayout';
import { MatrixHeader } from './MatrixHeader';
import type { RowProps } from './MatrixRow';
import { PluginRow } from './PluginRow';
import { SubjectRow } from './SubjectRow';

export interface PermissionsMatrixProps {
  subjects: PermissionSubject[];
  locales: SubjectLocale[];
  value: Permissions;
  onChange: (value: Permissions) => void;
}

/** Content types by actions, as in Strapi's role editor, then the plugins; one row open at a time. */
export const PermissionsMatrix = ({ subjects, locales, value, onChange }: PermissionsMatrixProps) => {
  const t = useT();
  const [open, setOpen] = React.useState<string | null>(null);
  const toggle = (uid: string) => () => setOpen((current) => (current === uid ? null : uid));
  const types = subjects.filter((subject) => subject.kind !== 'plugin');
  const plugins = subjects.filter((subject) => subject.kind === 'plugin');
  const rowOf = (subject: PermissionSubject, index: number): RowProps => ({
    subject,
    value,
    onChange,
    open: open === subject.uid,
    onToggle: toggle(subject.uid),
    striped: index % 2 === 0,
  });

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {types.length > 0 && (
        <MatrixScroll>
          <Box minWidth={`calc(${LABEL_WIDTH} + 5 * ${CELL_WIDTH})`}>
            <MatrixHeader subjects={types} value={value} onChange={onChange} />
            {types.map((subject, index) => (
              <SubjectRow key={subject.uid} {...rowOf(subject, index)} locales={locales} />
            ))}
          </Box>
        </MatrixScroll>
      )}
      {plugins.length > 0 && (
        <Box>
          <Box paddingBottom={4} paddingLeft={6}>
            <Typography variant="sigma" textColor="neutral500">
              {t('tokens.permissions.plugins', 'Plugins')}
            </Typography>
          </Box>
          {plugins.map((subject, index) => (
            <PluginRow key={subject.uid} {...rowOf(subject, index)} />
          ))}
        </Box>
      )}
    </Flex>
  );
};
