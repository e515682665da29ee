const { winston, formats } = require('@strapi/logger');

// LOG_LEVEL quiets request logs (warn) or captures everything (debug); LOG_FILE also writes every line to a file.
module.exports = ({ env }) => ({
  level: env('LOG_LEVEL', 'http'),
  transports: [
    new winston.transports.Console({ format: formats.prettyPrint({ timestamps: true }) }),
    ...(env('LOG_FILE')
      ? [new winston.transports.File({ filename: env('LOG_FILE'), format: winston.format.json() })]
      : []),
  ],
});
