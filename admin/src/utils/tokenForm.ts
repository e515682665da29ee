/** The create/edit form's values, validation and mapping to the API input: pure, so it can be tested alone. */
import { isValidCidr } from '../../../shared/cidr';
import { refusedCharacter } from '../../../shared/plain-text';
import { DAY_MS, editedLifetimeStart, lifetimeStart } from '../../../shared/token-lifetime';
import { checkCustomToken, type CustomTokenProblem } from '../../../shared/token-rules';
import { permissionProblems } from '../tokens/permissions/permissionEdits';
import { getTranslation } from './getTranslation';
import { rateLimitInput, rateLimitToForm, validateRateLimit, type RateLimitFormValues } from './rateLimitForm';

import type { AccessLevel, AccessToken, CreateTokenInput, Permissions } from '../../../shared/contracts/tokens';
import type { MessageDescriptor } from 'react-intl';

export interface TokenFormValues extends RateLimitFormValues {
  name: string;
  description: string;
  accessLevel: AccessLevel | '';
  scopes: string[];
  /** A custom token's grants; kept while another level is chosen, so switching back loses nothing. */
  permissions: Permissions;
  validFrom: Date | null;
  validTo: Date | null;
  ipAllowlist: string;
  useCustomKey: boolean;
  accessKey: string;
  /** The edited token as stored, which its lifetime counts from; null for a new token. Not sent. */
  issued: { at: Date; validFrom: Date | null } | null;
}

export type TokenFormErrors = Partial<Record<keyof TokenFormValues, MessageDescriptor>>;

export const emptyTokenForm = (): TokenFormValues => ({
  name: '',
  description: '',
  accessLevel: 'read-only',
  scopes: [],
  permissions: {},
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
  permissions: token.permissions ?? {},
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
  required: msg('tokens.form.error.required', 'This field is required'),
  past: msg('tokens.form.error.past', 'The date must not be in the past'),
  validToBeforeFrom: msg('tokens.form.error.validToBeforeFrom', 'Valid to must be after valid from'),
  cidr: msg('tokens.form.error.cidr', 'One IP address or CIDR range per line (e.g. 10.0.0.0/8)'),
  lifetimeRequired: msg('tokens.form.error.lifetimeRequired', 'Required: tokens here have a maximum lifetime'),
  lifetimeTooLong: msg('tokens.form.error.lifetimeTooLong', 'Beyond the maximum lifetime of tokens here'),
  permissionsNone: msg('tokens.form.error.permissionsNone', 'Tick at least one action'),
  permissionsNoLocale: msg('tokens.form.error.permissionsNoLocale', 'Tick at least one locale of each localized type'),
  nameCharacters: msg('tokens.form.error.nameCharacters', 'No line breaks, tabs or other control characters'),
  descriptionCharacters: msg(
    'tokens.form.error.descriptionCharacters',
    'No tabs or other control characters (line breaks are fine)'
  ),
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

/**
 * `initial` is the edited token's values: a date it already had may lie in the past (a token valid since last
 * year); only a date the admin picks now must not.
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
  // The rule of shared/plain-text.ts, on what is sent: the trimmed text (formToInput).
  if (!values.name.trim()) errors.name = formMessages.required;
  else if (refusedCharacter(values.name.trim(), 'line')) errors.name = formMessages.nameCharacters;
  if (refusedCharacter(values.description.trim(), 'lines')) errors.description = formMessages.descriptionCharacters;
  if (!values.accessLevel) errors.accessLevel = formMessages.required;
  const [permissionProblem] = values.accessLevel === 'custom' ? permissionProblems(values.permissions) : [];
  if (permissionProblem)
    errors.permissions =
      permissionProblem === 'none-granted' ? formMessages.permissionsNone : formMessages.permissionsNoLocale;

  (['validFrom', 'validTo'] as const).forEach((field) => {
    const date = values[field];
    if (date && date.getTime() < now.getTime() && !sameTime(date, initial?.[field])) errors[field] = formMessages.past;
  });
  if (!errors.validTo && values.validFrom && values.validTo && values.validTo <= values.validFrom) {
    errors.validTo = formMessages.validToBeforeFrom;
  }

  // An edit that leaves both dates alone keeps a token made before the cap editable, as the server does.
  const datesChanged =
    !initial || !sameTime(values.validFrom, initial.validFrom) || !sameTime(values.validTo, initial.validTo);
  if (!errors.validTo && maxLifetimeDays && datesChanged) {
    if (!values.validTo) errors.validTo = formMessages.lifetimeRequired;
    else if (values.validTo > lifetimeEnd(values, now, maxLifetimeDays)) errors.validTo = formMessages.lifetimeTooLong;
  }

  if (!parseIpAllowlist(values.ipAllowlist).every(isValidCidr)) {
    errors.ipAllowlist = formMessages.cidr;
  }
  const keyProblem = values.useCustomKey ? checkCustomToken(values.accessKey) : null;
  if (keyProblem) errors.accessKey = customKeyMessages[keyProblem];
  return { ...errors, ...validateRateLimit(values) };
};

export const formToInput = (values: TokenFormValues): CreateTokenInput => ({
  name: values.name.trim(),
  description: values.description.trim() || null,
  accessLevel: values.accessLevel as AccessLevel,
  // A custom token names what it reaches in its permissions; the others in their scopes.
  ...(values.accessLevel === 'custom' ? { scopes: [], permissions: values.permissions } : { scopes: values.scopes }),
  ipAllowlist: parseIpAllowlist(values.ipAllowlist),
  validFrom: values.validFrom?.toISOString() ?? null,
  validTo: values.validTo?.toISOString() ?? null,
  rateLimit: rateLimitInput(values),
  ...(values.useCustomKey ? { accessKey: values.accessKey } : {}),
});
