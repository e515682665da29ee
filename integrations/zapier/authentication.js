'use strict';

const { fetchMe } = require('./lib/strapi');

/** API-key authentication with a token of strapi-plugin-access-tokens. */
module.exports = {
  type: 'custom',
  fields: [
    {
      key: 'baseUrl',
      label: 'Strapi URL',
      type: 'string',
      required: true,
      helpText: 'The address of your Strapi server, e.g. `https://cms.example.com` (without `/api`).',
    },
    {
      key: 'apiKey',
      label: 'Access token',
      type: 'password',
      required: true,
      helpText:
        'An access token created in Strapi under **Settings > Access Tokens** (it starts with `sat_` by default).',
    },
  ],
  // GET {baseUrl}/api/access-tokens/me: 200 with the token's name, or 401 for a token Strapi does not accept.
  test: fetchMe,
  connectionLabel: (z, bundle) => (bundle.inputData && bundle.inputData.name) || 'Strapi',
};
