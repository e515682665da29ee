const { winston, formats } = require('@strapi/logger');

// LOG_LEVEL lets the test suite quiet request logs (warn) or capture everything (debug).
module.exports = ({ env }) => ({
  level: env('LOG_LEVEL', 'http'),
  transports: [new winston.transports.Console({ format: formats.prettyPrint({ timestamps: true }) })],
});
