import { checkTargetUrl } from '../hooks/target-url';

import { sampleQuery, subscribeRequest, type HookEvent } from '../../../shared/contracts/hooks';
import { sentence } from '../../../shared/contracts/issues';

/** What the schemas of shared/contracts/hooks.ts cannot know: the calling token and the plugin's options. */
export interface HookValidationContext {
  /** Why the calling token may not subscribe to this content type, or null when it may. */
  contentTypeProblem: (uid: string) => string | null;
  allowPrivateTargets: boolean;
}

type Issues = { addIssue: (issue: ReturnType<typeof sentence>) => void };

const checkContentType = (context: HookValidationContext, uid: string | null | undefined, issues: Issues) => {
  const problem = uid == null ? null : context.contentTypeProblem(uid);
  if (problem) issues.addIssue(sentence(['contentType'], problem));
};

/** A subscription the token may make: its target an address the plugin may call, its content type one it reads. */
export interface SubscribeInput {
  targetUrl: string;
  event: HookEvent;
  contentType: string | null;
}

export const subscribeInput = (context: HookValidationContext) =>
  subscribeRequest
    .superRefine(async (body, issues) => {
      for (const field of ['targetUrl', 'target_url'] as const) {
        const value = body[field];
        const result =
          value === undefined ? null : await checkTargetUrl(value, { allowPrivate: context.allowPrivateTargets });
        if (result && !result.ok) issues.addIssue(sentence([field], result.reason));
      }
      checkContentType(context, body.contentType, issues);
    })
    .transform(
      (body): SubscribeInput => ({
        // The schema's refinement holds one of the two.
        targetUrl: body.targetUrl || body.target_url || '',
        event: body.event,
        contentType: body.contentType ?? null,
      })
    );

/** GET /hooks/sample: a content type the token may read. */
export const sampleInput = (context: HookValidationContext) =>
  sampleQuery.superRefine((query, issues) => checkContentType(context, query.contentType, issues));
