import type { JsonResponse } from './http';

/** A 409 in Strapi's error shape, exactly: `{ data: null, error }` and nothing else. */
export const expectConflict = (response: JsonResponse, message: unknown, details: Record<string, unknown>) => {
  expect(response.status).toBe(409);
  expect(response.body).toEqual({ data: null, error: { status: 409, name: 'ConflictError', message, details } });
};
