import { Td, Tr, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import type { Permissions } from '../../../../shared/contracts/permissions';
import type { PermissionSubjects } from '../../../../shared/contracts/permission-subjects';
import { DataTable, TextCell } from '../../ui/DataTable';
import { Section } from '../../ui/Section';
import { useT } from '../../ui/useT';
import { usePermissionsSummaryText } from './usePermissionsSummaryText';
import { useActionLabel } from './useActionLabel';

const COLUMNS = {
  subject: 'Content type or plugin',
  actions: 'Actions',
  read: 'Fields read',
  write: 'Fields written',
  locales: 'Locales',
};

/**
 * The design system's table never wraps its cells: a type's list of fields would push the Locales column out of a
 * 1280 px window. These cells wrap (at the commas), the headers stay on one line.
 */
const WrappingCells = styled.div`
  & td {
    white-space: normal;
  }
`;

/** A custom token's detail page: what it may do, one line per content type or plugin, rules in words. */
export interface PermissionsViewProps {
  permissions: Permissions;
  /** Names of types, plugins and locales; UIDs and codes until they load (or if they fail to), which say the same. */
  subjects?: PermissionSubjects;
}

export const PermissionsView = ({ permissions, subjects: data }: PermissionsViewProps) => {
  const t = useT();
  const actionLabel = useActionLabel();
  const summary = usePermissionsSummaryText();
  const subjectOf = (uid: string) => data?.subjects.find((subject) => subject.uid === uid);
  const nameOf = (uid: string) => subjectOf(uid)?.displayName ?? uid;
  const localeName = (code: string) => data?.locales.find((locale) => locale.code === code)?.name ?? code;
  const all = t('tokens.permissions.view.all', 'All');
  const none = t('tokens.permissions.view.none', 'None');
  /** A rule in words; a dash where none can apply (fields of a plugin, locales of a type that is not localized). */
  const list = (values: string[] | undefined, applies: boolean) =>
    !applies ? '—' : values === undefined ? all : values.length ? values.join(', ') : none;
  const rows = Object.entries(permissions).sort(([a], [b]) => nameOf(a).localeCompare(nameOf(b)));

  return (
    <Section title={t('tokens.permissions.view.title', 'Permissions')} subtitle={summary(permissions)}>
      <WrappingCells>
        <DataTable columns={COLUMNS} prefix="tokens.permissions.view.column" rowCount={rows.length}>
          {rows.map(([uid, grant]) => {
            const plugin = uid.startsWith('plugin::');
            return (
              <Tr key={uid}>
                <Td>
                  <Typography fontWeight="bold">{nameOf(uid)}</Typography>
                </Td>
                <TextCell>{grant.actions.map(actionLabel).join(', ')}</TextCell>
                <TextCell>{list(grant.fields?.read, !plugin)}</TextCell>
                <TextCell>{list(grant.fields?.write, !plugin)}</TextCell>
                <TextCell>
                  {list(grant.locales?.map(localeName), !plugin && subjectOf(uid)?.localized !== false)}
                </TextCell>
              </Tr>
            );
          })}
        </DataTable>
      </WrappingCells>
    </Section>
  );
};
