import audit from './audit';
import auditRetention from './audit-retention';
import authenticator from './authenticator';
import clientAddress from './client-address';
import expiryWarnings from './expiry-warnings';
import heldValues from './held-values';
import hookContentTypes from './hook-content-types';
import hookDeliveries from './hook-deliveries';
import hookEvents from './hook-enqueuer';
import hookOutcomes from './hook-outcomes';
import hookPayloads from './hook-payloads';
import hookRetention from './hook-retention';
import hookSecrets from './hook-secrets';
import hookSender from './hook-sender';
import hookSubscriptions from './hook-subscriptions';
import hookWorker from './hook-worker';
import keyMigration from './key-migration';
import keys from './keys';
import leakReports from './leak-reports';
import notifier from './notifier';
import provisioning from './provisioning';
import rateLimiter from './rate-limiter';
import scopes from './scopes';
import tokenLifetime from './token-lifetime';
import tokens from './tokens';
import usage from './usage';

export default {
  audit,
  auditRetention,
  authenticator,
  clientAddress,
  expiryWarnings,
  heldValues,
  hookContentTypes,
  hookDeliveries,
  hookEvents,
  hookOutcomes,
  hookPayloads,
  hookRetention,
  hookSecrets,
  hookSender,
  hookSubscriptions,
  hookWorker,
  keyMigration,
  keys,
  leakReports,
  notifier,
  provisioning,
  rateLimiter,
  scopes,
  tokenLifetime,
  tokens,
  usage,
};
