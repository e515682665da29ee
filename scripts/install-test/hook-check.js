/** The install test's REST hook check: subscribe a local receiver, create an article, verify the signed delivery. */
const { createHmac, timingSafeEqual } = require('node:crypto');
const http = require('node:http');
const { sleep } = require('../lib/processes');
const { describe, request } = require('./http');

/** Standard Webhooks verification, as docs/hooks.md tells receivers to do it. */
const verifySignature = (secret, headers, rawBody) => {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  if (!id || !timestamp || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${rawBody}`).digest();
  return String(headers['webhook-signature'] ?? '')
    .split(' ')
    .some((signature) => {
      const [version, value] = signature.split(',');
      const given = Buffer.from(value ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
};

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

    const deadline = Date.now() + 30_000;
    let delivery;
    while (!delivery && Date.now() < deadline) {
      delivery = received.find((entry) => entry.body.includes('Hello from the install test'));
      if (!delivery) await sleep(250);
    }
    if (
      !report.check(
        delivery,
        'the hook delivered the new article to the receiver',
        'no hook delivery arrived within 30 s'
      )
    )
      return;
    report.check(
      secret && verifySignature(secret, delivery.headers, delivery.body),
      'the delivery is signed with the subscription secret (webhook-signature verifies)',
      `the delivery's signature does not verify (headers: ${JSON.stringify(delivery.headers)})`
    );
  } finally {
    server.closeAllConnections();
    server.close();
  }
};

module.exports = { checkHookDelivery };
