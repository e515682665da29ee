/**
 * The one Standard Webhooks verifier of the tests and the scripts: the `standardwebhooks` library, as a receiver
 * written against the specification would check a delivery (signature, and a timestamp within five minutes).
 */
const { Webhook } = require('standardwebhooks');

/** Whether `body` (the raw request body) and its webhook-* headers verify with `secret` (`whsec_…`). */
const verifiesWith = (secret, body, headers) => {
  if (!secret) return false;
  try {
    new Webhook(secret).verify(body, headers);
    return true;
  } catch {
    return false;
  }
};

module.exports = { verifiesWith };
