import * as React from 'react';

import type { Permissions } from '../../../../../shared/contracts/permissions';
import type { PermissionSubject, PermissionSubjects } from '../../../../../shared/contracts/permission-subjects';
import { renderWithProviders } from '../../../__tests__/render';
import { PermissionsMatrix } from '../PermissionsMatrix';

export const ARTICLE: PermissionSubject = {
  uid: 'api::article.article',
  displayName: 'Article',
  kind: 'collectionType',
  actions: ['find', 'findOne', 'create', 'update', 'delete'],
  attributes: [
    { name: 'title', type: 'string', writable: true },
    { name: 'body', type: 'text', writable: true },
    { name: 'createdAt', type: 'datetime', writable: false },
  ],
  localized: false,
};

export const HOMEPAGE: PermissionSubject = {
  uid: 'api::homepage.homepage',
  displayName: 'Homepage',
  kind: 'singleType',
  actions: ['find', 'update', 'delete'],
  attributes: [{ name: 'title', type: 'string', writable: true }],
  localized: true,
};

export const UPLOAD: PermissionSubject = {
  uid: 'plugin::upload',
  displayName: 'Media Library',
  kind: 'plugin',
  actions: ['content-api.find', 'content-api.upload'],
  attributes: [],
  localized: false,
};

export const SUBJECTS: PermissionSubjects = {
  subjects: [ARTICLE, HOMEPAGE, UPLOAD],
  locales: [
    { code: 'en', name: 'English (en)', isDefault: true },
    { code: 'fr', name: 'French (fr)', isDefault: false },
  ],
};

/** The matrix over SUBJECTS, holding its value as the form does; `value()` is the latest one it produced. */
export const renderMatrix = (initial: Permissions = {}) => {
  let latest = initial;
  const Harness = () => {
    const [value, setValue] = React.useState(initial);
    return (
      <PermissionsMatrix
        {...SUBJECTS}
        value={value}
        onChange={(next) => {
          latest = next;
          setValue(next);
        }}
      />
    );
  };
  return { ...renderWithProviders(<Harness />), value: () => latest };
};
