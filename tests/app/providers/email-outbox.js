/**
 * An email provider that keeps sent mail in memory instead of delivering it: the tests read `outbox`,
 * the playground logs a line. It implements Strapi's provider interface like any real provider.
 */
const outbox = [];

module.exports = {
  outbox,
  init() {
    return {
      async send(options) {
        outbox.push(options);
        if (process.env.NODE_ENV !== 'test') {
          console.info(`[email-outbox] to ${[].concat(options.to).join(', ')}: ${options.subject}`);
        }
      },
    };
  },
};
