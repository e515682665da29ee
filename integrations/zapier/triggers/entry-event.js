'use strict';

const { apiUrl } = require('../lib/strapi');
const { signatureProblem } = require('../lib/signature');
const { contentTypeField } = require('./content-type');

/** One REST-hook trigger per content event of strapi-plugin-access-tokens. */
const EVENTS = [
  { event: 'entry.create', key: 'entry_create', label: 'New Entry', description: 'Triggers when an entry is created.' },
  {
    event: 'entry.update',
    key: 'entry_update',
    label: 'Updated Entry',
    description: 'Triggers when an entry is updated.',
  },
  {
    event: 'entry.delete',
    key: 'entry_delete',
    label: 'Deleted Entry',
    description: 'Triggers when an entry is deleted.',
  },
  {
    event: 'entry.publish',
    key: 'entry_publish',
    label: 'Published Entry',
    description: 'Triggers when an entry is published.',
  },
  {
    event: 'entry.unpublish',
    key: 'entry_unpublish',
    label: 'Unpublished Entry',
    description: 'Triggers when a published entry is unpublished.',
  },
];

const contentTypeOf = (bundle) => {
  const value = bundle.inputData && bundle.inputData.contentType;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

const samplePayload = (event) => ({
  id: 'msg_2b7f1c9e4d3a5f60718293a4',
  event,
  createdAt: '2025-01-01T12:00:00.000Z',
  contentType: 'api::article.article',
  entry: {
    id: 1,
    documentId: 'k2x8h1q9w7e3r5t0y6u4i2o1',
    title: 'Hello world',
    createdAt: '2025-01-01T12:00:00.000Z',
    updatedAt: '2025-01-01T12:00:00.000Z',
    publishedAt: event === 'entry.unpublish' ? null : '2025-01-01T12:00:00.000Z',
  },
});

const createEntryTrigger = ({ event, key, label, description }) => ({
  key,
  noun: 'Entry',
  display: { label, description },
  operation: {
    type: 'hook',
    inputFields: [contentTypeField],

    // POST /api/access-tokens/hooks -> 201 { data: { id, event, contentType, targetUrl, secret } }.
    // Zapier keeps the answer as bundle.subscribeData: the id to unsubscribe, the secret to verify deliveries.
    performSubscribe: async (z, bundle) => {
      const contentType = contentTypeOf(bundle);
      const response = await z.request({
        url: apiUrl(bundle, '/access-tokens/hooks'),
        method: 'POST',
        body: { targetUrl: bundle.targetUrl, event, ...(contentType ? { contentType } : {}) },
      });
      return response.data.data;
    },

    // DELETE /api/access-tokens/hooks/:id -> 204. A hook that is already gone (404: removed after a 410, or with its
    // token) or a token Strapi no longer accepts (401: its subscriptions stopped with it) leaves nothing to remove.
    performUnsubscribe: async (z, bundle) => {
      const id = bundle.subscribeData && bundle.subscribeData.id;
      if (id === undefined || id === null) return {};
      const response = await z.request({
        url: apiUrl(bundle, `/access-tokens/hooks/${encodeURIComponent(String(id))}`),
        method: 'DELETE',
        skipThrowForStatus: true,
      });
      if ([204, 200, 404, 401].includes(response.status)) return {};
      response.throwForStatus();
      return {};
    },

    // A delivery: `{ id, event, createdAt, contentType, entry }`, signed per Standard Webhooks. Anything that cannot
    // be verified (no secret, no raw request, a missing or wrong signature, a stale timestamp) is refused; a
    // HaltedError stops the run without counting towards the error rate that turns a Zap off.
    perform: async (z, bundle) => {
      const raw = bundle.rawRequest || {};
      const secret = bundle.subscribeData && bundle.subscribeData.secret;
      const problem = signatureProblem({ secret, headers: raw.headers, body: raw.content });
      if (problem) throw new z.errors.HaltedError(`Refused a delivery that is not correctly signed: ${problem}.`);
      const payload = bundle.cleanedRequest;
      return (Array.isArray(payload) ? payload : [payload]).filter((item) => item && typeof item === 'object');
    },

    // GET /api/access-tokens/hooks/sample -> recent entries, newest first, shaped like deliveries.
    performList: async (z, bundle) => {
      const contentType = contentTypeOf(bundle);
      const response = await z.request({
        url: apiUrl(bundle, '/access-tokens/hooks/sample'),
        method: 'GET',
        params: { event, ...(contentType ? { contentType } : {}) },
      });
      return response.data.data;
    },

    sample: samplePayload(event),
    outputFields: [
      { key: 'id', label: 'Delivery ID' },
      { key: 'event', label: 'Event' },
      { key: 'createdAt', label: 'Occurred At', type: 'datetime' },
      { key: 'contentType', label: 'Content Type UID' },
      { key: 'entry__id', label: 'Entry ID', type: 'integer' },
      { key: 'entry__documentId', label: 'Entry Document ID' },
      { key: 'entry__createdAt', label: 'Entry Created At', type: 'datetime' },
      { key: 'entry__updatedAt', label: 'Entry Updated At', type: 'datetime' },
      { key: 'entry__publishedAt', label: 'Entry Published At', type: 'datetime' },
      { key: 'entry__locale', label: 'Entry Locale' },
    ],
  },
});

const entryTriggers = EVENTS.map(createEntryTrigger);

module.exports = { EVENTS, entryTriggers };
