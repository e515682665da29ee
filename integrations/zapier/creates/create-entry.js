'use strict';

const { apiUrl } = require('../lib/strapi');

/** Strapi's plural API names are kebab-case identifiers: `articles`, `blog-posts`. */
const PLURAL_NAME = /^[a-z0-9][a-z0-9_-]*$/i;

const parseJsonObject = (z, text) => {
  if (text === undefined || text === null || (typeof text === 'string' && !text.trim())) return {};
  if (typeof text === 'object' && !Array.isArray(text)) return text;
  let value;
  try {
    value = JSON.parse(String(text));
  } catch (error) {
    throw new z.errors.Error(`"Fields (JSON)" is not valid JSON: ${error.message}`, 'InvalidData', 400);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new z.errors.Error('"Fields (JSON)" must be a JSON object, e.g. {"title": "Hello"}', 'InvalidData', 400);
  }
  return value;
};

/** POST {baseUrl}/api/<pluralName> with `{ data: { ...fields } }`; answers the created entry. */
const perform = async (z, bundle) => {
  const pluralName = String(bundle.inputData.pluralName || '')
    .trim()
    .replace(/^\/+|\/+$/g, '');
  if (!PLURAL_NAME.test(pluralName)) {
    throw new z.errors.Error(
      `"${pluralName}" is not a plural API name: use the name of the collection's route, e.g. "articles" for /api/articles.`,
      'InvalidData',
      400
    );
  }
  const data = { ...(bundle.inputData.fields || {}), ...parseJsonObject(z, bundle.inputData.json) };
  if (Object.keys(data).length === 0) {
    throw new z.errors.Error('Give at least one field, as line items or as JSON.', 'InvalidData', 400);
  }
  const status = bundle.inputData.status;
  const response = await z.request({
    url: apiUrl(bundle, `/${pluralName}`),
    method: 'POST',
    params: status === 'draft' || status === 'published' ? { status } : {},
    body: { data },
  });
  return response.data.data;
};

module.exports = {
  key: 'create_entry',
  noun: 'Entry',
  display: {
    label: 'Create Entry',
    description: 'Creates an entry in a collection type through the Strapi content API (needs a read-write token).',
  },
  operation: {
    inputFields: [
      {
        key: 'pluralName',
        label: 'Collection (plural API name)',
        type: 'string',
        required: true,
        helpText: 'The plural API name of the collection type, as in `/api/<plural name>`: e.g. `articles`.',
      },
      {
        key: 'fields',
        label: 'Fields',
        dict: true,
        required: false,
        helpText:
          'Field names and values, e.g. `title` = `Hello`. Values are sent as text; use JSON for numbers, booleans or relations.',
      },
      {
        key: 'json',
        label: 'Fields (JSON)',
        type: 'text',
        required: false,
        helpText: 'Optional JSON object of fields, merged over the line items, e.g. `{"title": "Hello", "views": 3}`.',
      },
      {
        key: 'status',
        label: 'Status',
        type: 'string',
        required: false,
        choices: { published: 'Published', draft: 'Draft' },
        helpText: 'For collection types with Draft & Publish. Strapi publishes by default.',
      },
    ],
    perform,
    sample: {
      id: 1,
      documentId: 'k2x8h1q9w7e3r5t0y6u4i2o1',
      title: 'Hello world',
      createdAt: '2025-01-01T12:00:00.000Z',
      updatedAt: '2025-01-01T12:00:00.000Z',
      publishedAt: '2025-01-01T12:00:00.000Z',
    },
    outputFields: [
      { key: 'id', label: 'ID', type: 'integer' },
      { key: 'documentId', label: 'Document ID' },
      { key: 'createdAt', label: 'Created At', type: 'datetime' },
      { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
      { key: 'publishedAt', label: 'Published At', type: 'datetime' },
    ],
  },
};
