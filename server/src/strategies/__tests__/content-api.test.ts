import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { generateToken } from '../../lib/token-format';
import type { Verdict } from '../../services/authenticator';
import { createContentApiStrategy } from '../content-api';

type Ctx = Parameters<ReturnType<typeof createContentApiStrategy>['authenticate']>[0];

const token = { id: 7, keyHash: 'hash', accessLevel: 'read-only', scopes: [] };

/** A strategy over stub services: the authenticator answers `verdict`; what the usage counter was told is kept. */
const setup = (verdict: Verdict) => {
  const authenticate = jest.fn(async () => verdict);
  const attribute = jest.fn();
  const services: Record<string, unknown> = {
    keys: { prefix: 'sat_' },
    clientAddress: { of: () => '203.0.113.7' },
    authenticator: { authenticate },
    usage: { attribute },
  };
  const plugin = { service: (name: string) => services[name], routes: { 'content-api': { routes: [] } } };
  const strapi = { plugin: () => plugin } as unknown as Core.Strapi;
  return { strategy: createContentApiStrategy({ strapi }), authenticate, attribute };
};

/** The parts of a Koa context the strategy reads and writes; `sent` collects the response fields it sets. */
const request = (authorization?: string, querystring = '') => {
  const sent: Record<string, string> = {};
  const set = (field: string | Record<string, string>, value?: string) =>
    Object.assign(sent, typeof field === 'string' ? { [field]: value } : field);
  const ctx = { request: { header: { authorization } }, querystring, url: `/api/articles?${querystring}`, set };
  return { ctx: Object.assign(ctx, { get: () => 'agent/1' }) as unknown as Ctx, sent };
};

describe('the content-API strategy turns the verdict into Strapi’s answer', () => {
  it('accepted: the token as credentials, the verdict’s headers on the response, the request counted for it', async () => {
    const headers = { 'Access-Token-Expiration': '2030-01-01T00:00:00.000Z', RateLimit: '"default";r=9;t=60' };
    const { strategy, authenticate, attribute } = setup({ accepted: true, token, rateLimit: null, headers } as Verdict);
    const { ctx, sent } = request('Bearer sat_value');

    await expect(strategy.authenticate(ctx)).resolves.toEqual({ authenticated: true, credentials: token });
    expect(authenticate).toHaveBeenCalledWith({ value: 'sat_value', prefixed: true }, '203.0.113.7', 'agent/1');
    expect(sent).toEqual(headers);
    expect(attribute).toHaveBeenCalledWith(ctx, 7);
  });

  it('refused with our message: a 401 in Strapi’s shape, counted for the token it names', async () => {
    const { strategy, attribute } = setup({
      accepted: false,
      status: 401,
      message: 'Access token revoked',
      tokenId: 7,
    });
    const { ctx } = request('bearer sat_value');

    const result = await strategy.authenticate(ctx);
    expect(result).toEqual({ authenticated: false, error: expect.any(errors.UnauthorizedError) });
    expect((result as { error: Error }).error.message).toBe('Access token revoked');
    expect(attribute).toHaveBeenCalledWith(ctx, 7);
  });

  it('refused without a message: a value that is not ours, left to the other strategies', async () => {
    const { strategy, authenticate } = setup({ accepted: false, status: 401, message: null });
    const { ctx } = request('Bearer custom-value');

    await expect(strategy.authenticate(ctx)).resolves.toEqual({ authenticated: false });
    expect(authenticate).toHaveBeenCalledWith({ value: 'custom-value', prefixed: false }, '203.0.113.7', 'agent/1');
  });

  it('refused with 429: Retry-After and the refusal’s fields set, a RateLimitError with its details thrown', async () => {
    const { strategy } = setup({
      accepted: false,
      status: 429,
      message: 'This access token has reached its rate limit',
      retryAfter: 12,
      headers: { RateLimit: '"default";r=0;t=12' },
      details: { limit: 10, windowSeconds: 60 },
      tokenId: 7,
    });
    const { ctx, sent } = request('Bearer sat_value');

    const thrown = await strategy.authenticate(ctx).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(errors.RateLimitError);
    expect(thrown).toMatchObject({
      message: 'This access token has reached its rate limit',
      details: { limit: 10, windowSeconds: 60, retryAfterSeconds: 12 },
    });
    expect(sent).toEqual({ RateLimit: '"default";r=0;t=12', 'Retry-After': '12' });
  });

  it('asks for no verdict without a Bearer value, nor with one of our tokens in the query string', async () => {
    const { strategy, authenticate } = setup({ accepted: false, status: 401, message: null });
    await expect(strategy.authenticate(request('Basic dXNlcg==').ctx)).resolves.toEqual({ authenticated: false });

    const value = generateToken('sat_');
    const result = await strategy.authenticate(request(`Bearer ${value}`, `token=${value}`).ctx);
    expect(result).toEqual({ authenticated: false, error: expect.any(errors.UnauthorizedError) });
    expect(authenticate).not.toHaveBeenCalled();
  });
});
