import { yup } from '@strapi/utils';

const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const isIsoDate = (value: unknown): boolean =>
  typeof value === 'string' && ISO_8601.test(value) && !Number.isNaN(Date.parse(value));

/** An ISO 8601 date or date-time string, or null. */
export const isoDate = () =>
  yup
    .string()
    .nullable()
    .test('iso-date', '${path} must be an ISO 8601 date', (value) => value == null || isIsoDate(value));

export const pageQuery = {
  page: yup.number().integer().min(1).default(1),
  pageSize: yup.number().integer().min(1).max(100).default(25),
};
