import { yup } from '@strapi/utils';

import { ACCESS_LEVELS } from '../../../shared/access-levels';
import { isValidCidr } from '../../../shared/cidr';
import { MAX_SECRET_ROTATION_GRACE_SECONDS } from '../../../shared/contracts/hooks';
import { MAX_LIFETIME_DAYS_LIMIT } from '../../../shared/token-lifetime';
import { plainText } from './yup-rules';
import { rateLimitSchema } from './rate-limit-rule';

const positiveInt = () => yup.number().integer().positive();

/** Audit entries are how a change to a token is traced: they are kept at least this long. */
const MIN_AUDIT_RETENTION_DAYS = 30;

/** A page an agent asks for is read, sanitized and serialized in one request: bounded. */
const MAX_MCP_PAGE_SIZE = 1000;

const schema = yup.object({
  secret: yup.string().min(16).nullable(),
  prefix: yup
    .string()
    .matches(/^[a-z][a-z0-9]{1,9}_$/, 'prefix must be 2-10 lowercase letters or digits followed by "_"')
    .required(),
  documentationUrl: yup.string().url().nullable(),
  zapierUrl: yup.string().url().nullable(),
  tokens: yup.array(
    yup
      .object({
        name: yup.string().max(100).required().test(plainText('line')),
        description: yup.string().max(1000).test(plainText('lines')),
        accessLevel: yup
          .string()
          .oneOf([...ACCESS_LEVELS])
          .required(),
        scopes: yup.array(yup.string().required()),
        valueFromEnv: yup.string().required(),
        rateLimit: rateLimitSchema(),
      })
      .noUnknown()
  ),
  trustedProxies: yup.array(
    yup
      .string()
      .required()
      .test(
        'cidr',
        'trustedProxies entries must be IP addresses or CIDR ranges, not "${value}"',
        (v) => v === undefined || isValidCidr(v)
      )
  ),
  serveFirst: yup.boolean(),
  hooks: yup.object({
    allowPrivateTargets: yup.boolean(),
    timeoutMs: positiveInt(),
    retrySchedule: yup.array(yup.number().min(0).required()).min(1).nullable(),
    concurrency: positiveInt(),
    pollIntervalMs: positiveInt(),
    disableAfterFailingMs: positiveInt(),
    maxSubscriptionsPerToken: positiveInt(),
    concurrencyPerToken: positiveInt(),
    concurrencyPerHost: positiveInt(),
    retentionDays: positiveInt(),
    secretRotationGraceSeconds: yup.number().integer().min(0).max(MAX_SECRET_ROTATION_GRACE_SECONDS),
  }),
  cache: yup.object({
    enabled: yup.boolean(),
    maxEntries: positiveInt(),
    ttlMs: positiveInt(),
    revocationCheckIntervalMs: positiveInt(),
  }),
  throttle: yup.object({
    enabled: yup.boolean(),
    maxFailures: positiveInt(),
    windowMs: positiveInt(),
  }),
  lastUsedIntervalMs: positiveInt(),
  leakReports: yup
    .object({
      maxRequests: positiveInt(),
      globalMaxRequests: positiveInt(),
      windowMs: positiveInt(),
    })
    .test(
      'global-above-per-address',
      'leakReports.globalMaxRequests must be more than leakReports.maxRequests, or one address could use it all',
      (budgets) =>
        !budgets?.globalMaxRequests || !budgets.maxRequests || budgets.globalMaxRequests > budgets.maxRequests
    ),
  managementBudget: yup.object({
    maxRequests: positiveInt(),
    windowMs: positiveInt(),
  }),
  audit: yup.object({
    retentionDays: yup
      .number()
      .integer()
      .min(MIN_AUDIT_RETENTION_DAYS, `audit.retentionDays must be at least ${MIN_AUDIT_RETENTION_DAYS} days`),
  }),
  usage: yup.object({
    enabled: yup.boolean(),
    flushIntervalMs: positiveInt(),
    retentionDays: positiveInt(),
  }),
  maxLifetimeDays: positiveInt().max(MAX_LIFETIME_DAYS_LIMIT).nullable(),
  expiryWarnings: yup.object({
    enabled: yup.boolean(),
    thresholdsDays: yup.array(positiveInt().max(MAX_LIFETIME_DAYS_LIMIT).required()).min(1).max(10).nullable(),
    checkIntervalMs: positiveInt(),
  }),
  rateLimit: yup.object({
    default: rateLimitSchema(),
    redis: yup.object({
      url: yup
        .string()
        .matches(/^rediss?:\/\//, 'rateLimit.redis.url must be a redis:// or rediss:// URL')
        .nullable(),
      keyPrefix: yup.string(),
      connectTimeoutMs: positiveInt(),
      commandTimeoutMs: positiveInt(),
    }),
  }),
  mcp: yup.object({
    enabled: yup.boolean(),
    maxPageSize: positiveInt().max(MAX_MCP_PAGE_SIZE, `mcp.maxPageSize must be at most ${MAX_MCP_PAGE_SIZE}`),
  }),
});

/** Strapi calls this with the merged config at start-up; a thrown error stops the boot with its message. */
export const validatePluginConfig = (config: unknown) => {
  try {
    schema.validateSync(config, { abortEarly: false, strict: true });
  } catch (error) {
    const details = error instanceof yup.ValidationError ? error.errors.join('; ') : String(error);
    throw new Error(`Invalid configuration of the access-tokens plugin: ${details}`);
  }
};
