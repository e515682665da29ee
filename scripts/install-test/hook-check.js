/** The install test's REST hook check: subscribe a local receiver, create an article, verify the signed delivery. */
const http = require('node:http');
const { verifiesWith } = require('../lib/verify-webhook');
const { waitFor } = require('../lib/wait-for');
const { describe, request } = require('./http');

const startReceiver = () =>
  new Promise((resolve) => {
    const received = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, received, port: server.address().port }));
  });

const checkHookDelivery = async ({ base, token, report }) => {
  console.log('\n== REST hook delivery');
  const { server, received, port } = await startReceiver();
  try {
    const subscribed = await request('POST', `${base}/api/access-tokens/hooks`, {
      body: { targetUrl: `http://127.0.0.1:${port}/hook`, event: 'entry.create', contentType: 'api::article.article' },
      token,
    });
    const secret = subscribed.json?.data?.secret;
    report.check(
      subscribed.status === 201 && typeof secret === 'string',
      'subscribed a receiver (POST /api/access-tokens/hooks: 201, with its signing secret)',
      `POST /api/access-tokens/hooks answered ${describe(subscribed)}`
    );
    const created = await request('POST', `${base}/api/articles`, {
      body: { data: { title: 'Hello from the install test' } },
      token,
    });
    report.check(
      [200, 201].includes(created.status),
      `created an article with the token (${created.status})`,
      `POST /api/articles answered ${describe(created)}`
    );

    const delivery = await waitFor(() => received.find((entry) => entry.body.includes('Hello from the install test')), {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: 'a hook delivery',
    }).catch(() => undefined);
    if (
      !report.check(
        delivery,
        'the hook delivered the new article to the receiver',
        'no hook delivery arrived within 30 s'
      )
    )
      return;
    report.check(
      verifiesWith(secret, delivery.body, delivery.headers),
      'the delivery is signed with the subscription secret (webhook-signature verifies)',
      `the delivery's signature does not verify (headers: ${JSON.stringify(delivery.headers)})`
    );
  } finally {
    server.closeAllConnections();
    server.close();
  }
};

module.exports = { checkHookDelivery };
