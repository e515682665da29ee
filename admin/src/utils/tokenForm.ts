/**
 * The create/edit form's values, validation and mapping to the API input: pure, so it can be tested alone. The
 * fields' rules are the API's own schemas (shared/contracts), whose refusals the form shows in the server's words;
 * only what the server cannot say before a request is the form's: a date newly picked in the past, the lifetime cap
 * as the date picker bounds it, and the custom value's problems in the admin's language.
 */
import { refusalsOf } from '../../../shared/contracts/issues';
import { createTokenInput, updateTokenInput } from '../../../shared/contracts/tokens';
import { DAY_MS, editedLifetimeStart, lifetimeStart } from '../../../shared/token-lifetime';
import { checkCustomToken, type CustomTokenProblem } from '../../../shared/token-rules';
import { getTranslation } from './getTranslation';
import { rateLimitDraft, rateLimitInput, rateLimitToForm, type RateLimitFormValues } from './rateLimitForm';

import type { AccessLevel, AccessToken, CreateTokenInput } from '../../../shared/contracts/tokens';
import type { MessageDescriptor } from 'react-intl';

export interface TokenFormValues extends RateLimitFormValues {
  name: string;
  description: string;
  accessLevel: AccessLevel | '';
  scopes: string[];
  validFrom: Date | null;
  validTo: Date | null;
  ipAllowlist: string;
  useCustomKey: boolean;
  accessKey: string;
  /** The edited token as stored, which its lifetime counts from; null for a new token. Not sent. */
  issued: { at: Date; validFrom: Date | null } | null;
}

/** The form's own message, to translate, or the server's words for a rule of the API's schemas. */
export type TokenFormError = MessageDescriptor | string;
export type TokenFormErrors = Partial<Record<keyof TokenFormValues, TokenFormError>>;

export const emptyTokenForm = (): TokenFormValues => ({
  name: '',
  description: '',
  accessLevel: 'read-only',
  scopes: [],
  validFrom: null,
  validTo: null,
  ipAllowlist: '',
  useCustomKey: false,
  accessKey: '',
  issued: null,
  ...rateLimitToForm(null),
});

export const tokenToForm = (token: AccessToken): TokenFormValues => ({
  name: token.name,
  description: token.description ?? '',
  accessLevel: token.accessLevel,
  scopes: token.scopes,
  validFrom: token.validFrom ? new Date(token.validFrom) : null,
  validTo: token.validTo ? new Date(token.validTo) : null,
  ipAllowlist: token.ipAllowlist.join('\n'),
  useCustomKey: false,
  accessKey: '',
  issued: { at: new Date(token.createdAt), validFrom: token.validFrom ? new Date(token.validFrom) : null },
  ...rateLimitToForm(token.rateLimit),
});

const msg = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

export const formMessages = {
  past: msg('tokens.form.error.past', 'The date must not be in the past'),
  lifetimeRequired: msg('tokens.form.error.lifetimeRequired', 'Required: tokens here have a maximum lifetime'),
  lifetimeTooLong: msg('tokens.form.error.lifetimeTooLong', 'Beyond the maximum lifetime of tokens here'),
};

/**
 * The latest valid-to `maxLifetimeDays` allows, counted as the server counts it (shared/token-lifetime.ts): from
 * valid from, or without one from when the token was issued (now, for a new one); an edited token that has started
 * keeps its earlier start.
 */
export const lifetimeEnd = (
  { validFrom, issued }: Pick<TokenFormValues, 'validFrom' | 'issued'>,
  now: Date,
  maxLifetimeDays: number
) => {
  const start = issued
    ? editedLifetimeStart(
        lifetimeStart(issued.validFrom, issued.at),
        lifetimeStart(validFrom, issued.at),
        now.getTime()
      )
    : lifetimeStart(validFrom, now);
  return new Date(start + maxLifetimeDays * DAY_MS);
};

/** The admin's words for each rule of shared/token-rules.ts, which the server enforces too. */
export const customKeyMessages: Record<CustomTokenProblem, MessageDescriptor> = {
  'too-short': msg('tokens.form.error.keyTooShort', 'A custom token must be at least 32 characters'),
  'too-long': msg('tokens.form.error.keyTooLong', 'A custom token must be at most 256 characters'),
  charset: msg('tokens.form.error.keyCharset', 'Only letters, digits, "_", "." and "-", without spaces'),
  weak: msg(
    'tokens.form.error.keyWeak',
    'Too predictable: repeats, runs such as "abc" or "123" and few different characters count for little. Generate one instead.'
  ),
  patterned: msg(
    'tokens.form.error.keyPatterned',
    'A pattern people type: keyboard walks, sequences, common words, dates, runs such as "a1b2c3" or "1.2.3". Generate one instead.'
  ),
};

export const parseIpAllowlist = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const sameTime = (a: Date | null, b: Date | null | undefined) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

const RATE_LIMIT_FIELDS: Record<string, keyof TokenFormValues> = {
  limit: 'rateLimitLimit',
  windowSeconds: 'rateLimitWindow',
};

/**
 * The field that shows a refusal of the API's `path`, from the form's schemas or the server's 400 alike:
 * `rateLimit.windowSeconds` beside its own input, `rateLimit` beside the first; undefined for no field of the form.
 */
export const formFieldOf = (path: ReadonlyArray<string | number>): keyof TokenFormValues | undefined => {
  const [field, part] = path.map(String);
  if (field === 'rateLimit') return RATE_LIMIT_FIELDS[part] ?? 'rateLimitLimit';
  return field in createTokenInput.shape ? (field as keyof TokenFormValues) : undefined;
};

/**
 * `initial` is the edited token's values: a date it already had may lie in the past (a token valid since last
 * year); only a date the admin picks now must not. The first problem of each field is the one shown.
 */
export const validateTokenForm = (
  values: TokenFormValues,
  {
    now = new Date(),
    initial,
    maxLifetimeDays,
  }: { now?: Date; initial?: TokenFormValues; maxLifetimeDays?: number | null } = {}
): TokenFormErrors => {
  const errors: TokenFormErrors = {};
  (['validFrom', 'validTo'] as const).forEach((field) => {
    const date = values[field];
    if (date && date.getTime() < now.getTime() && !sameTime(date, initial?.[field])) errors[field] = formMessages.past;
  });

  // What the form would send, judged by the schema of its request.
  const draft = { ...formToInput(values), rateLimit: rateLimitDraft(values) };
  for (const { path, message } of refusalsOf(initial ? updateTokenInput : createTokenInput, draft)) {
    const field = formFieldOf(path);
    if (field) errors[field] ??= message;
  }

  // An edit that leaves both dates alone keeps a token made before the cap editable, as the server does.
  const datesChanged =
    !initial || !sameTime(values.validFrom, initial.validFrom) || !sameTime(values.validTo, initial.validTo);
  if (!errors.validTo && maxLifetimeDays && datesChanged) {
    if (!values.validTo) errors.validTo = formMessages.lifetimeRequired;
    else if (values.validTo > lifetimeEnd(values, now, maxLifetimeDays)) errors.validTo = formMessages.lifetimeTooLong;
  }

  const keyProblem = values.useCustomKey ? checkCustomToken(values.accessKey) : null;
  if (keyProblem) errors.accessKey ??= customKeyMessages[keyProblem];
  return errors;
};

export const formToInput = (values: TokenFormValues): CreateTokenInput => ({
  name: values.name.trim(),
  description: values.description.trim() || null,
  accessLevel: values.accessLevel as AccessLevel,
  scopes: values.scopes,
  ipAllowlist: parseIpAllowlist(values.ipAllowlist),
  validFrom: values.validFrom?.toISOString() ?? null,
  validTo: values.validTo?.toISOString() ?? null,
  rateLimit: rateLimitInput(values),
  ...(values.useCustomKey ? { accessKey: values.accessKey } : {}),
});
