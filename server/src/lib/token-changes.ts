const EDITABLE_FIELDS = [
  'name',
  'description',
  'accessLevel',
  'scopes',
  'ipAllowlist',
  'validFrom',
  'validTo',
  'rateLimit',
] as const;

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** What changed between two versions of a token, for the audit trail: the editable fields `after` names. */
export const diffTokens = (before: object, after: object): Changes =>
  Object.fromEntries(
    EDITABLE_FIELDS.filter((field) => field in after)
      .map(
        (field) =>
          [
            field,
            {
              from: (before as Record<string, unknown>)[field] ?? null,
              to: (after as Record<string, unknown>)[field] ?? null,
            },
          ] as const
      )
      .filter(([, change]) => JSON.stringify(change.from) !== JSON.stringify(change.to))
  );
