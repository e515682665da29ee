import type { ServicesBuiltBy } from '../utils';

import audit from './audit';
import auditRetention from './audit-retention';
import authenticator from './authenticator';
import clientAddress from './client-address';
import expiryWarnings from './expiry-warnings';
import heldValues from './held-values';
import keyMigration from './key-migration';
import keys from './keys';
import leakReports from './leak-reports';
import notifier from './notifier';
import permissions from '../permissions/service';
import permissionCatalog from './permission-catalog';
import provisioning from './provisioning';
import rateLimiter from './rate-limiter';
import scopes from './scopes';
import tokenAccess from './token-access';
import tokenLifetime from './token-lifetime';
import tokens from './tokens';
import usage from './usage';

const services = {
  audit,
  auditRetention,
  authenticator,
  clientAddress,
  expiryWarnings,
  heldValues,
  keyMigration,
  keys,
  leakReports,
  notifier,
  permissionCatalog,
  permissions,
  provisioning,
  rateLimiter,
  scopes,
  tokenAccess,
  tokenLifetime,
  tokens,
  usage,
};

export default services;

type Built<Factories> = {
  [Name in keyof Factories]: Factories[Name] extends (...args: never[]) => infer S ? S : never;
};

export type CoreServices = ServicesBuiltBy<typeof services>;

declare module '../utils' {
  // Declaration merging: getService's names and types come from here (utils/index.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface PluginServices extends Built<typeof services> {}
}
