/** Token requests, each next to the react-query key it is cached under. */
import type { FetchClient } from '@strapi/strapi/admin';
import type {
  CreateTokenInput,
  RegenerateTokenInput,
  ScopeListResponse,
  TokenResponse,
  TokenWithKeyResponse,
  UpdateTokenInput,
} from '../../../shared/contracts/tokens';
import type { TokenListQuery, TokenListResponse, TokenLookupInput } from '../../../shared/contracts/token-list';

const BASE = '/access-tokens/tokens';

/** What the list asks for: the query of `GET /tokens`, or with a token value, the body of `POST /tokens/lookup`. */
export type TokenListRequest = TokenListQuery & Partial<Pick<TokenLookupInput, 'accessKey'>>;

export const tokenKeys = {
  all: ['access-tokens', 'tokens'] as const,
  list: (query: TokenListRequest) => [...tokenKeys.all, 'list', query] as const,
  detail: (id: number | string) => [...tokenKeys.all, 'detail', String(id)] as const,
  scopes: ['access-tokens', 'scopes'] as const,
};

/** Drops empty filters so the URL the server sees stays short. */
const compact = (query: TokenListQuery) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ''));

/** A token value goes in the body of a lookup, never in a URL (logs, proxies, browser history). */
export const fetchTokens = async (client: FetchClient, { accessKey, ...query }: TokenListRequest) => {
  const { data } = accessKey
    ? await client.post<TokenListResponse>(`${BASE}/lookup`, {
        ...compact(query),
        accessKey,
      } satisfies TokenLookupInput)
    : await client.get<TokenListResponse>(BASE, { params: compact(query) });
  return data;
};

export const fetchToken = async (client: FetchClient, id: number | string) => {
  const { data } = await client.get<TokenResponse>(`${BASE}/${id}`);
  return data.data;
};

export const createToken = async (client: FetchClient, input: CreateTokenInput) => {
  const { data } = await client.post<TokenWithKeyResponse>(BASE, input);
  return data.data;
};

export const updateToken = async (client: FetchClient, id: number, input: UpdateTokenInput) => {
  const { data } = await client.put<TokenResponse>(`${BASE}/${id}`, input);
  return data.data;
};

export const deleteToken = async (client: FetchClient, id: number) => {
  const { data } = await client.del<TokenResponse>(`${BASE}/${id}`);
  return data.data;
};

export type TokenTransition = 'revoke' | 'archive' | 'restore';

export const transitionToken = async (client: FetchClient, id: number, transition: TokenTransition) => {
  const { data } = await client.post<TokenResponse>(`${BASE}/${id}/${transition}`);
  return data.data;
};

export const regenerateToken = async (client: FetchClient, id: number, input: RegenerateTokenInput) => {
  const { data } = await client.post<TokenWithKeyResponse>(`${BASE}/${id}/regenerate`, input);
  return data.data;
};

export const fetchScopes = async (client: FetchClient) => {
  const { data } = await client.get<ScopeListResponse>('/access-tokens/scopes');
  return data.data;
};
