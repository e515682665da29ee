import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { deriveTokenStatus, type DateInput } from '../lib/token-status';
import { getPluginConfig } from '../utils';

import type { TokenRow } from '../data/tokens';

import { editedLifetimeStart, lifetimeProblem, lifetimeStart } from '../../../shared/token-lifetime';

/** The dates of a token that decide its lifetime. */
export interface TokenWindow {
  validFrom?: DateInput;
  validTo?: DateInput;
}

const refuse = (message: string): never => {
  throw new errors.ValidationError(message, { errors: [{ path: ['validTo'], message, name: 'ValidationError' }] });
};

/**
 * Holds tokens to `maxLifetimeDays`: a 400 on validTo for a token created, edited or restored without an end
 * or with one beyond the cap. A token's life runs from its validFrom, or without one from its creation.
 */
const createTokenLifetimeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const maxDays = () => getPluginConfig(strapi).maxLifetimeDays;

  return {
    maxDays,

    assertCreate(input: TokenWindow, now = new Date()) {
      const problem = lifetimeProblem(lifetimeStart(input.validFrom, now), input.validTo, maxDays());
      if (problem) refuse(problem);
    },

    /** Only an edit of the dates is checked: a token from before the cap keeps its other fields editable. */
    assertUpdate(row: TokenRow, input: TokenWindow, now = new Date()) {
      if (input.validFrom === undefined && input.validTo === undefined) return;
      const before = lifetimeStart(row.validFrom, row.createdAt);
      const after = lifetimeStart(input.validFrom === undefined ? row.validFrom : input.validFrom, row.createdAt);
      const validTo = input.validTo === undefined ? row.validTo : input.validTo;
      const problem = lifetimeProblem(editedLifetimeStart(before, after, now.getTime()), validTo, maxDays());
      if (problem) refuse(problem);
    },

    /** A restored token that would be usable again must keep to the cap; an expired one may come back. */
    assertRestore(row: TokenRow, now = new Date()) {
      const status = deriveTokenStatus({ ...row, archivedAt: null }, now);
      if (status !== 'active' && status !== 'scheduled') return;
      const problem = lifetimeProblem(lifetimeStart(row.validFrom, row.createdAt), row.validTo, maxDays());
      if (problem)
        refuse(`Cannot restore this token: ${problem}. Give it an earlier validTo first, or create a new token.`);
    },

    /** Provisioned tokens have no end date: with a cap, configuring one is a start-up error. */
    assertProvisionable(name: string, variable: string) {
      const days = maxDays();
      if (days === null) return;
      throw new Error(
        `[access-tokens] Token "${name}" (${variable}) cannot be provisioned: maxLifetimeDays (${days}) requires every token to end, and provisioned tokens have no validTo. Remove it from \`tokens\` or unset maxLifetimeDays.`
      );
    },
  };
};

export type TokenLifetimeService = ReturnType<typeof createTokenLifetimeService>;
export default createTokenLifetimeService;
