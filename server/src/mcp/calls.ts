import { errors } from '@strapi/utils';

import type { DocumentAccess } from './documents';
import type { ToolSpec } from './tool-specs';

/** A tool's answer: the JSON as text and as structured content, or a refusal the agent can read. */
export interface ToolResult {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/** The arguments of any tool, as its input schema has already checked them. */
export interface ToolArgs {
  documentId?: string;
  data?: Record<string, unknown>;
  filters?: Record<string, unknown>;
  sort?: string | string[];
  page?: number;
  pageSize?: number;
  status?: string;
  locale?: string;
  populate?: boolean;
}

const DEFAULT_PAGE_SIZE = 25;

export const answer = (structuredContent: Record<string, unknown>): ToolResult => ({
  content: [{ type: 'text', text: JSON.stringify(structuredContent) }],
  structuredContent,
});

export const refusal = (message: string, details?: unknown): ToolResult => ({
  content: [{ type: 'text', text: details ? `${message} ${JSON.stringify(details)}` : message }],
  isError: true,
});

/** Not found, for a tool call: as REST answers 404, never a sign of what the token cannot see. */
class NotFound extends Error {}

const found = <Value>(value: Value | null | undefined): Value => {
  if (value === null || value === undefined) throw new NotFound('No such document');
  return value;
};

/** Strapi's own refusals (400, 403, 404, …) reach the agent with their message and details; anything else does not. */
const refusalOf = (error: unknown, log: (message: string) => void): ToolResult => {
  if (error instanceof NotFound || error instanceof errors.NotFoundError) return refusal('No such document');
  if (error instanceof errors.ApplicationError) {
    const details = (error as { details?: unknown }).details;
    const hasDetails = details && typeof details === 'object' && Object.keys(details).length > 0;
    return refusal(`${error.name}: ${error.message}`, hasDetails ? details : undefined);
  }
  log(`[access-tokens] An MCP tool call failed: ${(error as Error)?.message ?? String(error)}`);
  return refusal('The call failed; nothing was changed unless the answer said so');
};

/**
 * Runs one tool call through the document access of its type. Every failure becomes a tool error (`isError`),
 * never an HTTP error: the agent reads why.
 */
export const runTool = async (
  spec: ToolSpec,
  args: ToolArgs,
  access: DocumentAccess,
  { maxPageSize, log }: { maxPageSize: number; log: (message: string) => void }
): Promise<ToolResult> => {
  const { documentId = '', data = {}, status, locale } = args;
  const read = { status, locale };
  try {
    switch (spec.kind) {
      case 'list': {
        const pageSize = Math.min(args.pageSize ?? DEFAULT_PAGE_SIZE, maxPageSize);
        const asked = { ...read, filters: args.filters, sort: args.sort, populate: args.populate ?? false };
        return answer(await access.list(asked, args.page ?? 1, pageSize));
      }
      case 'get':
        return answer({ data: found(await access.findOne(documentId, read)) });
      case 'getSingle':
        return answer({ data: found(await access.findOne(undefined, read)) });
      case 'create':
        return answer({ data: found(await access.create(data, status, locale)) });
      case 'update':
        return answer({ data: found(await access.update(documentId, data, status, locale)) });
      case 'write': {
        const existing = await access.singleDocumentId();
        const written = existing
          ? await access.update(existing, data, status, locale)
          : await access.create(data, status, locale);
        return answer({ data: found(written) });
      }
      case 'delete': {
        const deleted = await access.delete(documentId, locale);
        if (deleted === 0) throw new NotFound();
        return answer({ documentId, deletedEntries: deleted });
      }
      case 'deleteSingle': {
        const existing = found(await access.singleDocumentId());
        return answer({ deletedEntries: await access.delete(existing, locale) });
      }
    }
  } catch (error) {
    return refusalOf(error, log);
  }
};
