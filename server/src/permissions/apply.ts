import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Model } from './output';
import type { AuthLike, PermissionsService } from './service';

interface DocumentContext {
  uid: string;
  action: string;
  params: Record<string, unknown>;
}

type SanitizeQuery = (
  query: Record<string, unknown>,
  schema: Model,
  options?: { auth?: AuthLike }
) => Promise<Record<string, unknown>>;

/**
 * A query narrowed to entries in these locales. Always under `$and`: the document service spreads its own `locale`
 * lookup (the one asked for, or the default) next to the filters, and a top-level `locale` filter would replace it.
 */
const withLocales = (query: Record<string, unknown>, locales: readonly string[]) => {
  const only = { locale: { $in: locales } };
  return { ...query, filters: { $and: query.filters ? [query.filters, only] : [only] } };
};

type ValidateQuery = (query: Record<string, unknown>, schema: Model, options?: { auth?: AuthLike }) => Promise<void>;

/**
 * Applies a custom token's field and locale rules where Strapi's content API already judges a request, for REST,
 * GraphQL and MCP alike (actions are the strategy's `verify`):
 * - outputs: a `content-api.output` sanitizer keeps readable fields and allowed locales, in populated relations too;
 * - writes: a `content-api.input` sanitizer (REST bodies and GraphQL mutation data both pass it) refuses with 403 a
 *   write touching a field outside the writable ones, naming them;
 * - queries: Strapi's registry has no query validators, so `contentAPI.validate.query` (which REST controllers and
 *   every GraphQL resolver call, relations included) is wrapped: filters, sort, fields and populate on an
 *   unreadable field are a 400;
 * - locales: a document-service middleware judges each call's `locale` (403 naming the allowed ones) and narrows
 *   `locale=*` reads to the allowed locales; `contentAPI.sanitize.query` narrows the queries GraphQL loads
 *   relations with (`localizations` too), which bypass the document service.
 * Refusals are PolicyErrors: Strapi's route authorization turns any other 403 thrown behind it into a bare
 * "Forbidden", and these must name the fields or locales. The registry's sanitizers get no auth: they read the request's, as the middleware does. A request of any other
 * token costs one property check.
 */
export const applyPermissions = (strapi: Core.Strapi, permissions: PermissionsService) => {
  const requestToken = () => {
    const ctx = strapi.requestContext.get() as { state?: { auth?: AuthLike } } | undefined;
    return permissions.customTokenOf(ctx?.state?.auth);
  };

  const narrowOutput = (schema: Model) => (entry: unknown) => {
    const token = requestToken();
    if (!token || typeof entry !== 'object' || entry === null || !permissions.narrowsReads(token)) return entry;
    return permissions.narrowOutput(token, schema, entry as Record<string, unknown>);
  };
  const refuseUnwritable = (schema: Model) => (data: unknown) => {
    const token = requestToken();
    if (!token || typeof data !== 'object' || data === null) return data;
    const fields = permissions.unwritableFields(token, schema, data as Record<string, unknown>);
    if (fields.length > 0) {
      throw new errors.PolicyError(`This access token may not write ${fields.join(', ')}`, { fields });
    }
    return data;
  };
  // Strapi types its sanitizers as curried async functions; a plain one that returns the value serves the same.
  strapi.sanitizers.add('content-api.output', narrowOutput as never);
  strapi.sanitizers.add('content-api.input', refuseUnwritable as never);

  const validate = strapi.contentAPI.validate as unknown as { query: ValidateQuery };
  const validateQuery = validate.query;
  validate.query = async (query, schema, options) => {
    await validateQuery(query, schema, options);
    const token = permissions.customTokenOf(options?.auth);
    if (token && query && schema) await permissions.assertReadableQuery(token, schema, query);
  };

  // GraphQL loads relations without the document service: their queries keep to the allowed locales here.
  const sanitize = strapi.contentAPI.sanitize as unknown as { query: SanitizeQuery };
  const sanitizeQuery = sanitize.query;
  sanitize.query = async (query, schema, options) => {
    const sanitized = await sanitizeQuery(query, schema, options);
    const token = permissions.customTokenOf(options?.auth);
    const locales = token && schema ? permissions.allowedLocales(token, schema.uid) : null;
    return locales ? withLocales(sanitized, locales) : sanitized;
  };

  strapi.documents.use(async (context, next) => {
    const token = requestToken();
    if (!token) return next();
    const { uid, action, params } = context as unknown as DocumentContext;
    const verdict = await permissions.judgeLocale(token, uid, action, params.locale);
    if (!verdict.allowed) {
      throw new errors.PolicyError(verdict.message, { allowedLocales: verdict.allowedLocales });
    }
    if (verdict.only) (context as unknown as DocumentContext).params = withLocales(params, verdict.only);
    return next();
  });
};
