'use strict';

const zapier = require('zapier-platform-core');

const App = require('../../index');
const { json } = require('./strapi-app');

/** What global-setup.js prepared: the running app's URL, the admin JWT and the tokens. */
const strapi = () => {
  if (!process.env.ZAPIER_TEST_STRAPI)
    throw new Error('Run the tests with `npm test` (jest global setup starts Strapi).');
  return JSON.parse(process.env.ZAPIER_TEST_STRAPI);
};

/** The connection a Zapier user would make with the named token. */
const authData = (token) => ({ baseUrl: strapi().url, apiKey: strapi().tokens[token].value });

/** A direct call to the running app, outside the Zapier app (test setup and checks). */
const call = async (method, path, { token, jwt, body } = {}) => {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${strapi().tokens[token].value}`;
  if (jwt) headers.Authorization = `Bearer ${strapi().jwt}`;
  const response = await fetch(`${strapi().url}${path}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await json(response) };
};

const appTester = zapier.createAppTester(App);

module.exports = { App, appTester, authData, call, strapi };
