'use strict';

const http = require('http');

// The repository's shared test helpers (they run on its node_modules, as Strapi itself does here).
const { verifiesWith } = require('../../../../scripts/lib/verify-webhook');
const { waitFor } = require('../../../../scripts/lib/wait-for');

/**
 * A webhook receiver on 127.0.0.1 standing in for Zapier's hook URL. It records each request with its raw body and
 * checks the Standard Webhooks signature with the repository's test verifier (the `standardwebhooks` library),
 * independently of the app's lib/signature.js.
 */
const startReceiver = async () => {
  const received = [];
  const secrets = new Map();
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url;
      let json = null;
      try {
        json = JSON.parse(body);
      } catch {
        json = null;
      }
      received.push({
        path,
        headers: req.headers,
        body,
        json,
        verified: verifiesWith(secrets.get(path), body, req.headers),
      });
      res.writeHead(200);
      res.end('ok');
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    at: (path) => received.filter((request) => request.path === path),
    /** Registers the secret a subscription answered with, to verify what arrives at `path`. */
    expect: (path, secret) => secrets.set(path, secret),
    /** The shared waitFor, for a condition on what this receiver got. */
    waitFor: (predicate, timeoutMs = 15_000) => waitFor(predicate, { timeoutMs, what: 'receiver' }),
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
};

/** The raw request as Zapier hands it to perform: headers as `Http-Webhook-Id`, the body as received. */
const zapierRawRequest = (request) => ({
  method: 'POST',
  headers: Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [
      `Http-${name.replace(/(^|-)(\w)/g, (_, dash, letter) => dash + letter.toUpperCase())}`,
      value,
    ])
  ),
  content: request.body,
});

module.exports = { startReceiver, zapierRawRequest };
