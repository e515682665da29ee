import { randomBase62 } from '../../../shared/base62';

/** A random value for the "custom token" field: 48 base62 characters, about 285 bits, well above the rule's 128. */
export const generateAccessKey = (length = 48): string => randomBase62(length);
