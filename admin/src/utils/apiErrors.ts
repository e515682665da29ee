/** Reads Strapi's error shape `{ error: { message, details: { errors: [{ path, message }] } } }` from a failed request. */
interface StrapiErrorBody {
  error?: {
    message?: string;
    details?: { errors?: Array<{ path?: Array<string | number>; message?: string }> };
  };
}

const getBody = (error: unknown): StrapiErrorBody | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const response = (error as { response?: { data?: unknown } }).response;
  return (response?.data as StrapiErrorBody | undefined) ?? undefined;
};

/** Field errors keyed by the first segment of their path (`name`, `validTo`, ...). */
export const getFieldErrors = (error: unknown): Record<string, string> => {
  const errors = getBody(error)?.error?.details?.errors ?? [];
  return errors.reduce<Record<string, string>>((acc, { path, message }) => {
    const field = path?.[0];
    if (field !== undefined && message && !acc[String(field)]) acc[String(field)] = message;
    return acc;
  }, {});
};

export const getErrorMessage = (error: unknown): string | undefined =>
  getBody(error)?.error?.message ?? (error instanceof Error ? error.message : undefined);
