'use strict';

const { EVENTS } = require('../triggers/entry-event');
const { App, appTester, authData, call } = require('./helpers/context');
const { startReceiver, zapierRawRequest } = require('./helpers/receiver');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('REST-hook triggers against the real app', () => {
  let receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver && receiver.close());

  const subscribe = async (triggerKey, path, { token = 'reader', contentType = 'api::article.article' } = {}) => {
    const subscribeData = await appTester(App.triggers[triggerKey].operation.performSubscribe, {
      authData: authData(token),
      targetUrl: receiver.url(path),
      inputData: contentType ? { contentType } : {},
    });
    receiver.expect(path, subscribeData.secret);
    return subscribeData;
  };

  it('subscribes, receives a signed delivery, passes it through perform, lists samples and unsubscribes', async () => {
    const subscribeData = await subscribe('entry_create', '/zap/create');
    expect(subscribeData).toMatchObject({
      event: 'entry.create',
      contentType: 'api::article.article',
      targetUrl: receiver.url('/zap/create'),
    });
    expect(subscribeData.id).toEqual(expect.any(Number));
    expect(subscribeData.secret).toMatch(/^whsec_/);

    const created = await call('POST', '/api/articles', {
      token: 'writer',
      body: { data: { title: 'From the Zapier tests', internalNote: 'private' } },
    });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;

    await receiver.waitFor(() => receiver.at('/zap/create').length > 0);
    const [delivery] = receiver.at('/zap/create');
    expect(delivery.verified).toBe(true);
    expect(delivery.json).toMatchObject({
      event: 'entry.create',
      contentType: 'api::article.article',
      entry: { documentId, title: 'From the Zapier tests' },
    });
    expect(delivery.json.entry).not.toHaveProperty('internalNote');

    // perform: Zapier's view of the delivery, the signature checked with the subscription's secret.
    const bundle = {
      authData: authData('reader'),
      subscribeData,
      cleanedRequest: delivery.json,
      rawRequest: zapierRawRequest(delivery),
    };
    const results = await appTester(App.triggers.entry_create.operation.perform, bundle);
    expect(results).toEqual([delivery.json]);

    // Fails closed: a forged body, a wrong or missing secret, no raw request or no signature is refused, halting
    // the run (a HaltedError does not count towards the error rate that would turn the Zap off).
    const { 'Http-Webhook-Signature': _signature, ...unsigned } = bundle.rawRequest.headers;
    const refused = {
      'a forged body': {
        ...bundle,
        rawRequest: { ...bundle.rawRequest, content: delivery.body.replace('From the Zapier tests', 'Forged') },
      },
      'a wrong secret': {
        ...bundle,
        subscribeData: { ...subscribeData, secret: `whsec_${Buffer.from('x'.repeat(32)).toString('base64')}` },
      },
      'no secret': { ...bundle, subscribeData: { id: subscribeData.id } },
      'no subscribe data': { ...bundle, subscribeData: undefined },
      'no raw request': { ...bundle, rawRequest: undefined },
      'no raw body': { ...bundle, rawRequest: { ...bundle.rawRequest, content: undefined } },
      'no signature': { ...bundle, rawRequest: { ...bundle.rawRequest, headers: unsigned } },
    };
    for (const [label, refusedBundle] of Object.entries(refused)) {
      const error = await appTester(App.triggers.entry_create.operation.perform, refusedBundle).then(
        () => null,
        (caught) => caught
      );
      expect([label, error && error.name, error && error.message]).toEqual([
        label,
        'HaltedError',
        expect.stringMatching(/not correctly signed/),
      ]);
    }

    // performList: recent entries shaped like deliveries, newest first.
    await call('POST', '/api/articles', { token: 'writer', body: { data: { title: 'Newest for the samples' } } });
    const samples = await appTester(App.triggers.entry_create.operation.performList, {
      authData: authData('reader'),
      inputData: { contentType: 'api::article.article' },
    });
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      expect(Object.keys(sample).sort()).toEqual(Object.keys(delivery.json).sort());
      expect(sample).toMatchObject({ event: 'entry.create', contentType: 'api::article.article' });
      expect(sample.entry).not.toHaveProperty('internalNote');
    }
    expect(samples[0].entry.title).toBe('Newest for the samples');

    // performUnsubscribe removes the hook: nothing more arrives.
    expect(
      await appTester(App.triggers.entry_create.operation.performUnsubscribe, {
        authData: authData('reader'),
        subscribeData,
      })
    ).toEqual({});
    const hooks = await call('GET', '/api/access-tokens/hooks', { token: 'reader' });
    expect(hooks.body.data.map((hook) => hook.id)).not.toContain(subscribeData.id);
    const before = receiver.at('/zap/create').length;
    await call('POST', '/api/articles', { token: 'writer', body: { data: { title: 'After unsubscribing' } } });
    await sleep(1000);
    expect(receiver.at('/zap/create')).toHaveLength(before);

    // Unsubscribing again (Zapier may retry) finds nothing to remove and still succeeds.
    expect(
      await appTester(App.triggers.entry_create.operation.performUnsubscribe, {
        authData: authData('reader'),
        subscribeData,
      })
    ).toEqual({});
  });

  it('has a working trigger for every event', async () => {
    const subscriptions = {};
    for (const { key, event } of EVENTS) {
      subscriptions[key] = await subscribe(key, `/zap/every/${event}`);
      expect(subscriptions[key].event).toBe(event);
    }
    const created = await call('POST', '/api/articles', { token: 'writer', body: { data: { title: 'Every event' } } });
    const { documentId } = created.body.data;
    expect(
      (
        await call('PUT', `/api/articles/${documentId}`, {
          token: 'writer',
          body: { data: { title: 'Every event, updated' } },
        })
      ).status
    ).toBe(200);
    const unpublished = await call(
      'POST',
      `/content-manager/collection-types/api::article.article/${documentId}/actions/unpublish`,
      { jwt: true, body: {} }
    );
    expect(unpublished.status).toBe(200);
    expect((await call('DELETE', `/api/articles/${documentId}`, { token: 'writer' })).status).toBe(204);

    await receiver.waitFor(() => EVENTS.every(({ event }) => receiver.at(`/zap/every/${event}`).length > 0));
    for (const { key, event } of EVENTS) {
      const [delivery] = receiver.at(`/zap/every/${event}`);
      expect(delivery.verified).toBe(true);
      expect(delivery.json).toMatchObject({ event, contentType: 'api::article.article', entry: { documentId } });
      const bundle = {
        authData: authData('reader'),
        subscribeData: subscriptions[key],
        cleanedRequest: delivery.json,
        rawRequest: zapierRawRequest(delivery),
      };
      expect(await appTester(App.triggers[key].operation.perform, bundle)).toEqual([delivery.json]);

      const samples = await appTester(App.triggers[key].operation.performList, {
        authData: authData('reader'),
        inputData: {},
      });
      expect(Array.isArray(samples)).toBe(true);
      for (const sample of samples) expect(sample.event).toBe(event);

      await appTester(App.triggers[key].operation.performUnsubscribe, {
        authData: authData('reader'),
        subscribeData: subscriptions[key],
      });
    }
    expect((await call('GET', '/api/access-tokens/hooks', { token: 'reader' })).body.data).toEqual([]);
  });

  it('subscribes to every readable content type when none is chosen', async () => {
    const subscribeData = await subscribe('entry_create', '/zap/any', { token: 'writer', contentType: '' });
    expect(subscribeData.contentType).toBeNull();
    await call('POST', '/api/categories', { token: 'writer', body: { data: { name: 'Any type' } } });
    await receiver.waitFor(() =>
      receiver.at('/zap/any').some((request) => request.json.contentType === 'api::category.category')
    );
    await appTester(App.triggers.entry_create.operation.performUnsubscribe, {
      authData: authData('writer'),
      subscribeData,
    });
  });
});
