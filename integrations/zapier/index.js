'use strict';

const { version: platformVersion } = require('zapier-platform-core');

const { version } = require('./package.json');
const authentication = require('./authentication');
const { addBearerToken, handleErrors } = require('./lib/middleware');
const { contentTypeTrigger } = require('./triggers/content-type');
const { entryTriggers } = require('./triggers/entry-event');
const createEntry = require('./creates/create-entry');

/** Zapier app for Strapi 5 with strapi-plugin-access-tokens. */
module.exports = {
  version,
  platformVersion,

  authentication,
  beforeRequest: [addBearerToken],
  afterResponse: [handleErrors],

  triggers: Object.fromEntries([contentTypeTrigger, ...entryTriggers].map((trigger) => [trigger.key, trigger])),
  searches: {},
  creates: { [createEntry.key]: createEntry },
  resources: {},
};
