import type { FetchClient } from '@strapi/strapi/admin';
import type { PermissionSubjectsResponse } from '../../../shared/contracts/permission-subjects';

export const permissionSubjectKeys = {
  all: ['access-tokens', 'permission-subjects'] as const,
};

/** What a custom token may be granted: the rows, columns, attributes and locales of the permissions matrix. */
export const fetchPermissionSubjects = async (client: FetchClient) => {
  const { data } = await client.get<PermissionSubjectsResponse>('/access-tokens/permission-subjects');
  return data.data;
};
