import { errors } from '@strapi/utils';

/**
 * 409 Conflict: the request is valid but the state of what it names forbids it (revoking a revoked token).
 * @strapi/utils has no such class, and Strapi's error middleware answers an ApplicationError it does not know with
 * 400: the controllers answer this one with Strapi's own `ctx.conflict` (controllers/index.ts), whose body is
 * `{ data: null, error: { status: 409, name: 'ConflictError', message, details } }`.
 */
export class ConflictError extends errors.ApplicationError<'ConflictError', string, Record<string, unknown>> {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details);
    this.name = 'ConflictError';
  }
}
