'use strict';

const { contentTypesOf, fetchMe } = require('../lib/strapi');

/**
 * Hidden trigger behind the "Content type" dropdown. The content API has no route that lists content types, so the
 * choices come from the token itself: GET /api/access-tokens/me answers its scopes, and the content-type UIDs among
 * them are what it may read. A token without content-type scopes may read every content type: the triggers then show
 * a free-text UID field instead of this dropdown (see contentTypeField below).
 */
const contentTypeTrigger = {
  key: 'content_type',
  noun: 'Content Type',
  display: {
    label: 'Content Types',
    description: 'Lists the content types the access token is scoped to (used for dropdowns).',
    hidden: true,
  },
  operation: {
    perform: async (z, bundle) => contentTypesOf(await fetchMe(z, bundle)),
    sample: { id: 'api::article.article', uid: 'api::article.article', label: 'Article (api::article.article)' },
    outputFields: [
      { key: 'id', label: 'UID' },
      { key: 'uid', label: 'UID' },
      { key: 'label', label: 'Label' },
    ],
  },
};

const HELP_ALL =
  'Optional. Leave empty to hear about every content type the token may read, or give a content-type UID such as ' +
  '`api::article.article`.';

/** Dynamic input field: a dropdown of the token's scoped content types, or a free-text UID for an unscoped token. */
const contentTypeField = async (z, bundle) => {
  const choices = contentTypesOf(await fetchMe(z, bundle));
  if (choices.length === 0) {
    return [{ key: 'contentType', label: 'Content type UID', type: 'string', required: false, helpText: HELP_ALL }];
  }
  return [
    {
      key: 'contentType',
      label: 'Content type',
      type: 'string',
      required: false,
      dynamic: 'content_type.id.label',
      helpText: 'Optional. Leave empty to hear about every content type the token is scoped to.',
    },
  ];
};

module.exports = { contentTypeTrigger, contentTypeField };
