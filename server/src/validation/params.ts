import { yup, validateYupSchema } from '@strapi/utils';

// At most 15 digits, so every accepted value is a safe integer.
const idParamSchema = yup.object({
  id: yup
    .string()
    .required()
    .matches(/^[1-9]\d{0,14}$/, '${path} must be a positive integer'),
});

/** A route's `:id`: a positive integer in decimal, or a 400 naming `id` (never a lookup of NaN). */
export const validateIdParam = async (params: { id?: unknown }) => {
  const { id } = (await validateYupSchema(idParamSchema, { strict: true, abortEarly: false })({ id: params.id })) as {
    id: string;
  };
  return Number(id);
};
