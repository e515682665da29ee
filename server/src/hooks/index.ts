import type { Core } from '@strapi/strapi';

import { hookDeliveriesTable } from '../data/hook-deliveries';
import { hookSubscriptionsTable } from '../data/hook-subscriptions';
import { tokensTable } from '../data/tokens';
import { getService, type ServicesBuiltBy } from '../utils';

import { createHookContentTypes, type HookContentTypes } from './content-types';
import { createHookDeliveries, type HookDeliveries } from './deliveries';
import { createHookDispatcher, type HookDispatcher } from './dispatch';
import { createHookEnqueuer, type HookEnqueuer } from './enqueue';
import { createHookOutcomes, type HookOutcomes } from './outcomes';
import { createHookPayloads, type HookPayloads } from './payloads';
import { createHookRetention, type HookRetention } from './retention';
import { createPayloadSanitizer } from './sanitize';
import { createHookSecrets, type HookSecrets } from './secrets';
import { createHookSender, type HookSender } from './sender';
import { createHookSubscriptions, type HookSubscriptions } from './subscriptions';

/** The REST hooks feature of one Strapi, each part built with its collaborators. */
export interface Hooks {
  contentTypes: HookContentTypes;
  subscriptions: HookSubscriptions;
  secrets: HookSecrets;
  payloads: HookPayloads;
  enqueuer: HookEnqueuer;
  sender: HookSender;
  outcomes: HookOutcomes;
  retention: HookRetention;
  dispatcher: HookDispatcher;
  deliveries: HookDeliveries;
}

const build = (strapi: Core.Strapi): Hooks => {
  const tables = {
    strapi,
    deliveries: hookDeliveriesTable(strapi),
    subscriptions: hookSubscriptionsTable(strapi),
    tokens: tokensTable(strapi),
  };
  const audit = getService('audit', { strapi });
  const usage = getService('usage', { strapi });
  const permissions = getService('permissions', { strapi });
  const contentTypes = createHookContentTypes({ strapi, permissions });
  const subscriptions = createHookSubscriptions({
    ...tables,
    audit,
    keys: getService('keys', { strapi }),
    contentTypes,
  });
  const secrets = createHookSecrets({ ...tables, box: subscriptions, audit });
  const payloads = createHookPayloads({
    strapi,
    sanitizer: createPayloadSanitizer({
      strapi,
      // What the token may read, as the content API judges it: Strapi's sanitizers call it per relation.
      verify: getService('tokenAccess', { strapi }).verify,
      mayRead: contentTypes.mayRead,
      permissions,
    }),
    permissions,
    contentTypes,
  });
  const sender = createHookSender({ strapi, covers: payloads.covers, signingSecrets: secrets.signingSecrets });
  const outcomes = createHookOutcomes({ ...tables, lifecycle: subscriptions });
  const retention = createHookRetention(tables);
  const dispatcher = createHookDispatcher({
    ...tables,
    send: sender.attempt,
    outcomes,
    retention,
    countDelivery: (tokenId, outcome) => usage.countDelivery(tokenId, outcome),
  });
  const enqueuer = createHookEnqueuer({
    ...tables,
    payloads,
    removeSubscription: subscriptions.remove,
    wake: dispatcher.wake,
  });
  const deliveries = createHookDeliveries({ ...tables, audit, wake: dispatcher.wake });
  return {
    contentTypes,
    subscriptions,
    secrets,
    payloads,
    enqueuer,
    sender,
    outcomes,
    retention,
    dispatcher,
    deliveries,
  };
};

const built = new WeakMap<Core.Strapi, Hooks>();

/** The hooks of this Strapi, built once, when a first part of them is asked for. */
const hooksOf = (strapi: Core.Strapi): Hooks => {
  let hooks = built.get(strapi);
  if (!hooks) {
    hooks = build(strapi);
    built.set(strapi, hooks);
  }
  return hooks;
};

type Part<Name extends keyof Hooks> = ({ strapi }: { strapi: Core.Strapi }) => Hooks[Name];
const part =
  <Name extends keyof Hooks>(name: Name): Part<Name> =>
  ({ strapi }) =>
    hooksOf(strapi)[name];

/** The parts the registry exposes (services/index.ts): to controllers, bootstrap, other services and tests. */
export const hookServices = {
  hookContentTypes: part('contentTypes'),
  hookDeliveries: part('deliveries'),
  hookDispatcher: part('dispatcher'),
  hookEnqueuer: part('enqueuer'),
  hookOutcomes: part('outcomes'),
  hookPayloads: part('payloads'),
  hookRetention: part('retention'),
  hookSecrets: part('secrets'),
  hookSender: part('sender'),
  hookSubscriptions: part('subscriptions'),
};

export type HookServices = ServicesBuiltBy<typeof hookServices>;

declare module '../utils' {
  // Declaration merging, as services/index.ts does: the hook feature's services for getService.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface PluginServices extends HookServices {}
}
