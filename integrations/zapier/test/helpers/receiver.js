'use strict';

const crypto = require('crypto');
const http = require('http');

/**
 * A webhook receiver on 127.0.0.1 standing in for Zapier's hook URL. It records each request with its raw body and
 * checks the Standard Webhooks signature itself (independently of the app's lib/signature.js).
 */
const verify = (secret, headers, body) => {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signature = headers['webhook-signature'];
  if (!secret || !id || !timestamp || !signature) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = `v1,${crypto.createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
  return signature.split(' ').includes(expected);
};

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
      received.push({ path, headers: req.headers, body, json, verified: verify(secrets.get(path), req.headers, body) });
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
    async waitFor(predicate, limitMs = 15_000) {
      const started = Date.now();
      while (!predicate()) {
        if (Date.now() - started > limitMs) throw new Error(`receiver: condition not met within ${limitMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
};

module.exports = { startReceiver };
