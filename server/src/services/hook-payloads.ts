import type { Core } from '@strapi/strapi';
import { traverseEntity } from '@strapi/utils';

import type { HookEvent, HookPayload } from '../lib/hook-events';
import type { SampleQuery } from '../../../shared/contracts/hooks';
import { createContentApiStrategy } from '../strategies/content-api';
import { getService } from '../utils';

import type { TokenRow } from '../data/tokens';

const SAMPLE_SIZE = 3;

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

/** Events on drafts (create, update, delete, unpublish) show drafts; publish shows published versions. */
const statusFor = (event: HookEvent) => (event === 'entry.publish' ? 'published' : 'draft');

/**
 * The entry as the type's find route would give it to the token asked to populate: relations only to types the
 * token may read through a find route of their own (`readable`), morph relations (targets vary per entry) never.
 * Not the route's default (no relations): Strapi's events carry every relation, and those the token could ask
 * for itself keep payloads useful without showing it anything more. Then the content-API output sanitizer with
 * the auth the token's request would have (private fields, Strapi's own relation checks), outside any request
 * context: the strategy would otherwise judge that request's method.
 */
const sanitizeForToken = async (
  strapi: Core.Strapi,
  uid: string,
  entry: unknown,
  token: TokenRow,
  readable: (target: string) => boolean
) => {
  const auth = { strategy: createContentApiStrategy({ strapi }), credentials: token };
  const schema = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]);
  const getModel = strapi.getModel.bind(strapi) as (target: string) => typeof schema;
  const dropUnreadable: Parameters<typeof traverseEntity>[0] = ({ key, attribute }, { remove }) => {
    if (attribute?.type !== 'relation') return;
    const target = (attribute as { target?: string }).target;
    if (!target || !readable(target)) remove(key);
  };
  let sanitized: unknown;
  await strapi.requestContext.run(undefined as never, async () => {
    const pruned = await traverseEntity(
      dropUnreadable,
      { schema, getModel },
      entry as Parameters<typeof traverseEntity>[2]
    );
    sanitized = await strapi.contentAPI.sanitize.output(pruned, schema, { auth });
  });
  return sanitized as Record<string, unknown>;
};

/** The body of a delivery, and of each item of the sample list Zapier shows while building a Zap. */
const createHookPayloadsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const contentTypes = () => getService('hookContentTypes', { strapi });

  const build = async (input: {
    id: string;
    event: HookEvent;
    createdAt: Date;
    contentType: string;
    entry: unknown;
    token: TokenRow;
  }): Promise<HookPayload> => ({
    id: input.id,
    event: input.event,
    createdAt: input.createdAt.toISOString(),
    contentType: input.contentType,
    entry: await sanitizeForToken(strapi, input.contentType, input.entry, input.token, (target) =>
      contentTypes().mayRead(input.token, target)
    ),
  });

  return {
    build,

    /** May this token's subscription to `subscribed` (null = any) hear about `uid`? */
    covers(token: TokenRow, subscribed: string | null, uid: string) {
      if (subscribed !== null && subscribed !== uid) return false;
      if (subscribed === null && !uid.startsWith('api::')) return false;
      return contentTypes().mayRead(token, uid);
    },

    /** Recent entries, newest first, shaped exactly like deliveries (Zapier's performList). */
    async sample(token: TokenRow, { event, contentType }: SampleQuery): Promise<HookPayload[]> {
      const uids = contentType ? [contentType] : contentTypes().readableApiTypes(token);
      const sortField = event === 'entry.create' ? 'createdAt' : 'updatedAt';
      const found: { uid: string; entry: Record<string, unknown> }[] = [];
      for (const uid of uids) {
        const model = strapi.getModel(uid as DocumentsUid);
        const hasDrafts = model?.options?.draftAndPublish === true;
        const entries = (await strapi.documents(uid as DocumentsUid).findMany({
          ...(hasDrafts ? { status: statusFor(event) } : {}),
          sort: { [sortField]: 'desc' },
          limit: SAMPLE_SIZE,
          // What Strapi's find route gives with `populate=*`; build() then drops relations the token may not read.
          populate: '*',
        } as never)) as Record<string, unknown>[];
        found.push(...entries.map((entry) => ({ uid, entry })));
      }
      const newest = found
        .sort((a, b) => Date.parse(String(b.entry[sortField])) - Date.parse(String(a.entry[sortField])))
        .slice(0, SAMPLE_SIZE);
      return Promise.all(
        newest.map(({ uid, entry }) =>
          build({
            id: `sample_${String(entry.documentId ?? entry.id)}`,
            event,
            createdAt: new Date(String(entry[sortField])),
            contentType: uid,
            entry,
            token,
          })
        )
      );
    },
  };
};

export default createHookPayloadsService;
