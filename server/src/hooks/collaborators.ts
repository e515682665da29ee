import type { Core } from '@strapi/strapi';

import type { HookDeliveriesTable } from '../data/hook-deliveries';
import type { HookSubscriptionsTable } from '../data/hook-subscriptions';
import type { tokensTable } from '../data/tokens';
import type { RecordInput } from '../services/audit';

/**
 * What the hook modules are built with (hooks/index.ts passes them in): the tables, and the few services of
 * other features they use, each narrowed to what hooks call.
 */
export interface HookTables {
  strapi: Core.Strapi;
  deliveries: HookDeliveriesTable;
  subscriptions: HookSubscriptionsTable;
  tokens: ReturnType<typeof tokensTable>;
}

export interface AuditLog {
  record(input: RecordInput): Promise<unknown>;
}

/** The keys service's keys for hook signing secrets: the sealing key, then every key that still opens one. */
export interface SealingKeys {
  sealingKey: Buffer;
  openingKeys: Buffer[];
}

/** Counts a finished attempt for its token's usage. */
export type CountDelivery = (tokenId: number, outcome: string) => void;
