import { toTime } from '../../../shared/token-lifetime';

/** Signing-secret rotation of a hook subscription: the previous secret keeps signing until its grace period ends. */

export interface RotatableSecrets<Secret> {
  secret: Secret;
  previousSecret?: Secret | null;
  previousSecretExpiresAt?: Date | string | null;
}

/** When the replaced secret stops signing; null when it stops at once. */
export const graceEndsAt = (graceSeconds: number, now = new Date()): Date | null =>
  graceSeconds > 0 ? new Date(now.getTime() + graceSeconds * 1000) : null;

/** True while the previous secret still signs deliveries. */
export const inGracePeriod = (row: RotatableSecrets<unknown>, now = new Date()): boolean =>
  row.previousSecret != null && (toTime(row.previousSecretExpiresAt) ?? 0) > now.getTime();

/** The secrets a delivery is signed with at `now`: the current one first, then the previous one during its grace period. */
export const secretsInForce = <Secret>(row: RotatableSecrets<Secret>, now = new Date()): Secret[] =>
  inGracePeriod(row, now) ? [row.secret, row.previousSecret as Secret] : [row.secret];
