const { appendFileSync } = require('fs');

/**
 * An email provider that keeps sent mail in memory instead of delivering it: the tests read `outbox`,
 * the playground logs a line. It implements Strapi's provider interface like any real provider. With
 * EMAIL_OUTBOX_FILE set, each mail is also appended to that file as a JSON line, for tests that run several processes.
 */
const outbox = [];

module.exports = {
  outbox,
  init() {
    return {
      async send(options) {
        outbox.push(options);
        if (process.env.EMAIL_OUTBOX_FILE)
          appendFileSync(process.env.EMAIL_OUTBOX_FILE, `${JSON.stringify(options)}\n`);
        if (process.env.NODE_ENV !== 'test') {
          console.info(`[email-outbox] to ${[].concat(options.to).join(', ')}: ${options.subject}`);
        }
      },
    };
  },
};
