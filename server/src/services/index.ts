import audit from './audit';
import authenticator from './authenticator';
import clientAddress from './client-address';
import hookDeliveries from './hook-deliveries';
import hookEvents from './hook-events';
import hookOutcomes from './hook-outcomes';
import hookPayloads from './hook-payloads';
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
  clientAddress,
  hookDeliveries,
  hookEvents,
  hookOutcomes,
  hookPayloads,
  hookSender,
  hookSubscriptions,
  hookWorker,
  keys,
  notifier,
  provisioning,
  scopes,
  tokens,
};
