'use strict';

/** Helpers shared by the app's operations: URLs, Strapi's error shape, content-type choices. */

const HOOK_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'];

/** The Strapi base URL the user connected with, without a trailing slash. */
const baseUrl = (bundle) =>
  String((bundle.authData && bundle.authData.baseUrl) || '')
    .trim()
    .replace(/\/+$/, '');

const apiUrl = (bundle, path) => `${baseUrl(bundle)}/api${path}`;

/** Strapi answers errors as `{ data: null, error: { status, name, message, details } }`. */
const strapiError = (response) => {
  let body = null;
  try {
    body = response.data !== undefined ? response.data : JSON.parse(response.content);
  } catch {
    body = null;
  }
  const error = body && typeof body === 'object' && body.error && typeof body.error === 'object' ? body.error : {};
  return {
    name: error.name || null,
    message: typeof error.message === 'string' ? error.message : null,
    details: error.details || null,
  };
};

/** A content-type UID as found in a token's scopes: `api::article.article`, `plugin::users-permissions.user`. */
const isContentTypeUid = (scope) => typeof scope === 'string' && /^(api|plugin)::[\w-]+\.[\w-]+$/.test(scope);

/** `api::blog-post.blog-post` -> `Blog Post`. */
const labelOf = (uid) =>
  uid
    .split('.')
    .pop()
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');

/** GET /api/access-tokens/me: `{ id, name, accessLevel, scopes, validTo }` of the connected token. */
const fetchMe = async (z, bundle) => {
  const response = await z.request({ url: apiUrl(bundle, '/access-tokens/me'), method: 'GET' });
  return response.data.data;
};

/** The content types a token's scopes name; empty when the token may read every content type (or only plugins). */
const contentTypesOf = (me) =>
  [...new Set((me.scopes || []).filter(isContentTypeUid))]
    .sort()
    .map((uid) => ({ id: uid, uid, label: `${labelOf(uid)} (${uid})` }));

module.exports = { HOOK_EVENTS, baseUrl, apiUrl, strapiError, isContentTypeUid, labelOf, fetchMe, contentTypesOf };
