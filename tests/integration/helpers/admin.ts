import type { Core } from '@strapi/strapi';

const PASSWORD = 'Test-admin-1234';

export interface AdminSession {
  id: number;
  email: string;
  jwt: string;
}

/** Logs in through the admin API, as the Settings page does, and returns the admin JWT. */
const login = async (url: string, email: string): Promise<string> => {
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const body = (await response.json()) as { data?: { token?: string; accessToken?: string } };
  const jwt = body.data?.token ?? body.data?.accessToken;
  if (!jwt) throw new Error(`Admin login failed (${response.status}): ${JSON.stringify(body)}`);
  return jwt;
};

/**
 * Creates an active admin user with the given role codes or ids (default: super admin) and logs it in.
 * A role given as a list of action uids is created on the fly with exactly those permissions.
 */
export const createAdmin = async (
  strapi: Core.Strapi,
  url: string,
  {
    email = `admin-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
    actions,
  }: { email?: string; actions?: string[] } = {}
): Promise<AdminSession> => {
  let roleId: number;
  if (actions) {
    const role = await strapi.service('admin::role').create({ name: `role-${email}`, description: 'test role' });
    await strapi.service('admin::role').assignPermissions(
      role.id,
      actions.map((action) => ({ action }))
    );
    roleId = role.id;
  } else {
    roleId = (await strapi.service('admin::role').getSuperAdmin()).id;
  }

  const user = await strapi.service('admin::user').create({
    email,
    firstname: 'Ada',
    lastname: email.split('@')[0],
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  return { id: user.id, email, jwt: await login(url, email) };
};
