'use strict';

module.exports = async () => {
  const strapi = globalThis.__ZAPIER_TEST_STRAPI__;
  if (strapi) await strapi.stop();
};
