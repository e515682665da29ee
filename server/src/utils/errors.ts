/**
 * 409 Conflict: the request is valid but the token's state forbids it (revoking a revoked token).
 * @strapi/utils has no such class; Strapi's error middleware formats any error carrying an exposed status.
 */
export class ConflictError extends Error {
  readonly status = 409;
  readonly expose = true;
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ConflictError';
    this.details = details;
  }
}
