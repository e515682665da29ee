'use strict';

const { strapiError } = require('./strapi');

/** Every request carries the token as `Authorization: Bearer <apiKey>` (the plugin refuses tokens in query strings). */
const addBearerToken = (request, z, bundle) => {
  const apiKey = bundle.authData && bundle.authData.apiKey;
  if (apiKey) {
    request.headers = request.headers || {};
    request.headers.Authorization = `Bearer ${String(apiKey).trim()}`;
  }
  return request;
};

/**
 * Clear errors for what the plugin answers: 401 (token missing, unknown, expired, revoked, archived, not yet valid,
 * or the caller's IP is not in its allowlist) and 403 (a read-only token writing, or a content type outside its
 * scopes). Other 4xx carry Strapi's own message (e.g. a validation error on subscribe). Requests made with
 * `skipThrowForStatus` handle their statuses themselves.
 */
const handleErrors = (response, z) => {
  if (response.skipThrowForStatus || (response.request && response.request.skipThrowForStatus)) return response;
  const { status } = response;
  if (status < 400) return response;
  const { name, message } = strapiError(response);
  const detail = message ? ` Strapi said: ${message.replace(/[.\s]*$/, '.')}` : '';
  if (status === 401) {
    throw new z.errors.Error(
      `Strapi refused the access token (401).${detail} Check that the token is correct and still active (not revoked, ` +
        'archived or expired, and already valid), and that its IP allowlist admits Zapier.',
      'AuthenticationError',
      status
    );
  }
  if (status === 403) {
    throw new z.errors.Error(
      `The access token may not do this (403).${detail} A read-only token cannot create entries or subscribe to hooks ` +
        'it cannot read, and a scoped token only reaches the content types in its scopes.',
      'ForbiddenError',
      status
    );
  }
  if (status < 500 && message) {
    throw new z.errors.Error(`Strapi answered ${status}: ${message}`, name || 'StrapiError', status);
  }
  if (status === 404 || status === 405) {
    const request = response.request || {};
    const where = `${request.method || ''} ${String(request.url || '').split('?')[0]}`.trim();
    throw new z.errors.Error(
      `Strapi has no such route (${status}): ${where}. Check the Strapi URL and, for "Create Entry", the plural API name.`,
      'NotFoundError',
      status
    );
  }
  return response; // zapier-platform-core's throwForStatus reports the rest
};

module.exports = { addBearerToken, handleErrors };
