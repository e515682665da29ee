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

/** The first error of each field, keyed by `fieldOf` the error's path; errors of no field are left out. */
export const getFieldErrors = <Field extends string>(
  error: unknown,
  fieldOf: (path: Array<string | number>) => Field | undefined
): Partial<Record<Field, string>> => {
  const errors = getBody(error)?.error?.details?.errors ?? [];
  return errors.reduce<Partial<Record<Field, string>>>((acc, { path, message }) => {
    const field = path && fieldOf(path);
    if (field && message && !acc[field]) acc[field] = message;
    return acc;
  }, {});
};

export const getErrorMessage = (error: unknown): string | undefined =>
  getBody(error)?.error?.message ?? (error instanceof Error ? error.message : undefined);
