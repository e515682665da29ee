/** GET /api/access-tokens/me: who the calling token is (Zapier's connection test). DELETE ends the calling value. */

import { z } from 'zod/v4';

import { ACCESS_LEVELS } from '../access-levels';
import { dataOf, timestamp } from './common';

export const meResponse = dataOf(
  z.object({
    id: z.number().int(),
    name: z.string(),
    accessLevel: z.enum(ACCESS_LEVELS),
    /** Empty: every content type and plugin. */
    scopes: z.array(z.string()),
    validTo: timestamp.nullable(),
  })
);
export type MeResponse = z.infer<typeof meResponse>;
