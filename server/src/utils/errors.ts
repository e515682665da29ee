import { errors } from '@strapi/utils';

/**
 * 409 Conflict: the request is valid but the token's state forbids it (revoking a revoked token).
 * @strapi/utils has no such class. Strapi's error middleware formats any http-errors `HttpError` with its
 * status and logs nothing; that class cannot be constructed or extended, so this one joins its prototype chain.
 */
export class ConflictError extends Error {
  readonly status = 409;
  readonly statusCode = 409;
  readonly expose = true;
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ConflictError';
    this.details = details;
  }
}
Object.setPrototypeOf(ConflictError.prototype, errors.HttpError.prototype);
