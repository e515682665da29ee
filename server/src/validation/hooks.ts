import { yup, validateYupSchema } from '@strapi/utils';

import { HOOK_EVENTS } from '../hooks/events';
import { MAX_SECRET_ROTATION_GRACE_SECONDS } from '../lib/secret-rotation';
import { checkTargetUrl } from '../hooks/target-url';
import { isoDate, knownFieldsOnly, pageQuery, type Paged } from './common';

import {
  DELIVERY_STATUSES,
  type DeliveryListQuery,
  type HookListQuery,
  type ReplayRequest,
  type RotateSecretRequest,
  type SampleQuery,
  type SubscribeRequest,
} from '../../../shared/contracts/hooks';

export interface HookValidationContext {
  /** Why the calling token may not subscribe to this content type, or null when it may. */
  contentTypeProblem: (uid: string) => string | null;
  allowPrivateTargets: boolean;
}

const targetUrl = () =>
  yup
    .string()
    .max(2000)
    .test('target', 'invalid target', async function target(value) {
      if (value === undefined) return true;
      const { allowPrivateTargets } = this.options.context as HookValidationContext;
      const result = await checkTargetUrl(value, { allowPrivate: allowPrivateTargets });
      return result.ok ? true : this.createError({ message: `${this.path}: ${result.reason}` });
    });

const contentType = () =>
  yup
    .string()
    .max(200)
    .nullable()
    .test('content-type', 'invalid content type', function known(value) {
      if (value == null) return true;
      const problem = (this.options.context as HookValidationContext).contentTypeProblem(value);
      return problem ? this.createError({ message: `${this.path}: ${problem}` }) : true;
    });

const subscribeSchema = knownFieldsOnly(
  yup.object({
    targetUrl: targetUrl(),
    target_url: targetUrl(),
    event: yup
      .string()
      .oneOf([...HOOK_EVENTS], `event must be one of ${HOOK_EVENTS.join(', ')}`)
      .required(),
    contentType: contentType(),
  })
).test('target-given', 'targetUrl is required', function targetGiven(value) {
  const body = value as { targetUrl?: string; target_url?: string } | undefined;
  return body?.targetUrl || body?.target_url
    ? true
    : this.createError({ path: 'targetUrl', message: 'targetUrl is required' });
});

const sampleQuerySchema = knownFieldsOnly(
  yup.object({
    event: yup
      .string()
      .oneOf([...HOOK_EVENTS], `event must be one of ${HOOK_EVENTS.join(', ')}`)
      .default('entry.create'),
    contentType: contentType(),
  })
);

const deliveryListQuerySchema = knownFieldsOnly(
  yup.object({
    status: yup.string().oneOf([...DELIVERY_STATUSES]),
    subscriptionId: yup.number().integer().positive(),
    ...pageQuery,
  })
);

const hookListQuerySchema = knownFieldsOnly(yup.object({ tokenId: yup.number().integer().positive(), ...pageQuery }));

const query = { strict: false, abortEarly: false, stripUnknown: false };

export const validateSubscribe = async (body: unknown, context: HookValidationContext) => {
  const valid = (await validateYupSchema(subscribeSchema, { strict: true, abortEarly: false, context })(
    body ?? {}
  )) as SubscribeRequest;
  return {
    targetUrl: (valid.targetUrl ?? valid.target_url) as string,
    event: valid.event,
    contentType: valid.contentType ?? null,
  };
};

export const validateSampleQuery = (raw: unknown, context: HookValidationContext) =>
  validateYupSchema(sampleQuerySchema, { ...query, context })(raw ?? {}) as Promise<
    Required<Pick<SampleQuery, 'event'>> & SampleQuery
  >;

export const validateDeliveryListQuery = (raw: unknown) =>
  validateYupSchema(deliveryListQuerySchema, query)(raw ?? {}) as Promise<Paged<DeliveryListQuery>>;

export const validateHookListQuery = (raw: unknown) =>
  validateYupSchema(hookListQuerySchema, query)(raw ?? {}) as Promise<Paged<HookListQuery>>;

const rotateSecretSchema = knownFieldsOnly(
  yup.object({ gracePeriodSeconds: yup.number().integer().min(0).max(MAX_SECRET_ROTATION_GRACE_SECONDS) })
);

const replaySchema = knownFieldsOnly(
  yup.object({
    since: isoDate()
      .required('since is required: the ISO 8601 date-time to replay failed deliveries from')
      .test('not-future', 'since must not be in the future', (value) => !(Date.parse(value ?? '') > Date.now())),
  })
);

const body = { strict: true, abortEarly: false };

export const validateRotateSecret = (raw: unknown) =>
  validateYupSchema(rotateSecretSchema, body)(raw ?? {}) as Promise<RotateSecretRequest>;

export const validateReplay = async (raw: unknown) => {
  const { since } = (await validateYupSchema(replaySchema, body)(raw ?? {})) as ReplayRequest;
  return { since: new Date(since) };
};
