import type { Core } from '@strapi/strapi';

import type { HookEvent, HookPayload } from './events';
import type { SampleQuery } from '../../../shared/contracts/hooks';

import type { TokenRow } from '../data/tokens';
import type { HookContentTypes } from './content-types';
import type { PayloadSanitizer } from './sanitize';
import type { PermissionsService } from '../permissions/service';

const SAMPLE_SIZE = 3;

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

/** Events on drafts (create, update, delete, unpublish) show drafts; publish shows published versions. */
const statusFor = (event: HookEvent) => (event === 'entry.publish' ? 'published' : 'draft');

/** The body of a delivery, and of each item of the sample list Zapier shows while building a Zap. */
export const createHookPayloads = ({
  strapi,
  sanitizer,
  contentTypes,
  permissions,
}: {
  strapi: Core.Strapi;
  sanitizer: PayloadSanitizer;
  contentTypes: HookContentTypes;
  permissions: Pick<PermissionsService, 'allowedLocales'>;
}) => {
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
    entry: await sanitizer.forToken(input.token, input.contentType, input.entry),
  });

  return {
    build,

    /** May this token's subscription to `subscribed` (null = any) hear about `uid`? */
    covers(token: TokenRow, subscribed: string | null, uid: string) {
      if (subscribed !== null && subscribed !== uid) return false;
      if (subscribed === null && !uid.startsWith('api::')) return false;
      return contentTypes.mayRead(token, uid);
    },

    /** Is this entry in a locale the token may read? (Strapi emits one event per locale.) */
    inAllowedLocale(token: TokenRow, uid: string, entry: { locale?: unknown }) {
      const locales = token.accessLevel === 'custom' ? permissions.allowedLocales(token, uid) : null;
      return locales === null || locales.includes(entry.locale as string);
    },

    /** Recent entries, newest first, shaped exactly like deliveries (Zapier's performList). */
    async sample(token: TokenRow, { event, contentType }: SampleQuery): Promise<HookPayload[]> {
      const uids = contentType ? [contentType] : contentTypes.readableApiTypes(token);
      const sortField = event === 'entry.create' ? 'createdAt' : 'updatedAt';
      const found: { uid: string; entry: Record<string, unknown> }[] = [];
      for (const uid of uids) {
        const model = strapi.getModel(uid as DocumentsUid);
        const hasDrafts = model?.options?.draftAndPublish === true;
        // Every locale the token may read: the request's document rules narrow `*` to them.
        const locales = token.accessLevel === 'custom' ? permissions.allowedLocales(token, uid) : null;
        const entries = (await strapi.documents(uid as DocumentsUid).findMany({
          ...(hasDrafts ? { status: statusFor(event) } : {}),
          ...(locales ? { locale: '*' } : {}),
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

export type HookPayloads = ReturnType<typeof createHookPayloads>;
