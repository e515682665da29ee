'use strict';

const { createToken, registerAdmin, startStrapi } = require('./helpers/strapi-app');

/**
 * Boots the repository's tests/app once for the whole run, registers the first admin and creates the tokens the
 * tests connect with. The test files read them from process.env.ZAPIER_TEST_STRAPI (jest runs them in band).
 */
module.exports = async () => {
  const strapi = await startStrapi();
  globalThis.__ZAPIER_TEST_STRAPI__ = strapi;
  const onSignal = (signal) => {
    strapi.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const jwt = await registerAdmin(strapi.url);
    const tokens = {
      writer: await createToken(strapi.url, jwt, { name: 'Zapier writer', accessLevel: 'read-write' }),
      articles: await createToken(strapi.url, jwt, {
        name: 'Zapier articles',
        accessLevel: 'read-write',
        scopes: ['api::article.article'],
      }),
      reader: await createToken(strapi.url, jwt, {
        name: 'Zapier reader',
        accessLevel: 'read-only',
        scopes: ['api::article.article', 'plugin::upload'],
      }),
    };
    process.env.ZAPIER_TEST_STRAPI = JSON.stringify({ url: strapi.url, jwt, tokens });
  } catch (error) {
    await strapi.stop();
    throw error;
  }
};
