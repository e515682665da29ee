import audit from './audit';
import authenticator from './authenticator';
import hookDeliveries from './hook-deliveries';
import hookEvents from './hook-events';
import hookOutcomes from './hook-outcomes';
import hookPayloads from './hook-payloads';
import hookSecrets from './hook-secrets';
import hookSender from './hook-sender';
import hookSubscriptions from './hook-subscriptions';
import hookWorker from './hook-worker';
import keys from './keys';
import notifier from './notifier';
import provisioning from './provisioning';
import scopes from './scopes';
import tokens from './tokens';

export default {
  audit,
  authenticator,
  hookDeliveries,
  hookEvents,
  hookOutcomes,
  hookPayloads,
  hookSecrets,
  hookSender,
  hookSubscriptions,
  hookWorker,
  keys,
  notifier,
  provisioning,
  scopes,
  tokens,
};
