/** REST hooks requests (every token's subscriptions, removal, the delivery queue, replay), each next to its query key. */
import type { FetchClient } from '@strapi/strapi/admin';
import type {
  DeliveryListQuery,
  DeliveryListResponse,
  HookListQuery,
  HookListResponse,
  RemoveSubscriptionResponse,
  ReplayRequest,
  ReplayResponse,
  RetryDeliveryResponse,
  RotateSecretRequest,
  RotateSecretResponse,
} from '../../../shared/contracts/hooks';

export type { HookListQuery };

export const hookKeys = {
  all: ['access-tokens', 'hooks'] as const,
  subscriptions: (query: HookListQuery) => [...hookKeys.all, 'subscriptions', query] as const,
  deliveries: (query: DeliveryListQuery) => [...hookKeys.all, 'deliveries', query] as const,
};

/** Drops empty filters so the URL the server sees stays short. */
const compact = <T extends object>(query: T) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ''));

export const fetchHookSubscriptions = async (client: FetchClient, query: HookListQuery) => {
  const { data } = await client.get<HookListResponse>('/access-tokens/hooks', { params: compact(query) });
  return data;
};

export const removeSubscription = async (client: FetchClient, id: number) => {
  const { data } = await client.del<RemoveSubscriptionResponse>(`/access-tokens/hooks/${id}`);
  return data.data;
};

export const fetchDeliveries = async (client: FetchClient, query: DeliveryListQuery) => {
  const { data } = await client.get<DeliveryListResponse>('/access-tokens/deliveries', { params: compact(query) });
  return data;
};

export const retryDelivery = async (client: FetchClient, id: number) => {
  const { data } = await client.post<RetryDeliveryResponse>(`/access-tokens/deliveries/${id}/retry`);
  return data.data;
};

/** A new signing secret, answered once; the old one keeps signing for `gracePeriodSeconds`. */
export const rotateSubscriptionSecret = async (client: FetchClient, id: number, gracePeriodSeconds: number) => {
  const { data } = await client.post<RotateSecretResponse>(`/access-tokens/hooks/${id}/rotate-secret`, {
    gracePeriodSeconds,
  } satisfies RotateSecretRequest);
  return data.data;
};

/** Sends again the failed and dead deliveries of a subscription created since `since` (ISO date-time). */
export const replaySubscription = async (client: FetchClient, id: number, since: string) => {
  const { data } = await client.post<ReplayResponse>(`/access-tokens/hooks/${id}/replay`, {
    since,
  } satisfies ReplayRequest);
  return data.data;
};
