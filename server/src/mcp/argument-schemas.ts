import type { StandardSchemaWithJSON } from '@modelcontextprotocol/server';
import { Ajv, AjvJsonSchemaValidator, addFormats } from '@modelcontextprotocol/server/validators/ajv';
import { LRUCache } from 'lru-cache';

import type { JsonSchema } from './attribute-schemas';

type Check = ReturnType<AjvJsonSchemaValidator['getValidator']>;

/** Distinct argument schemas kept compiled: types x tools x the grants' shapes in use. */
const MAX_COMPILED = 1_000;

/**
 * The SDK's standard-schema face for the JSON Schemas of mcp/tool-specs.ts. Tools are built per request, but an
 * argument schema is compiled only when a call needs it, once per distinct schema: Ajv keeps each schema it
 * compiles, so identical schemas share one compiled copy and one evicted from the cache is removed from Ajv too.
 */
export const createArgumentSchemas = () => {
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  const validator = new AjvJsonSchemaValidator(ajv);
  const compiled = new LRUCache<string, { schema: JsonSchema; check: Check }>({
    max: MAX_COMPILED,
    dispose: ({ schema }) => ajv.removeSchema(schema),
  });

  // A token's tool specs are kept with its grants (tool-catalog.ts), so a call usually brings a schema object seen
  // before: found by identity, without serializing it.
  const byObject = new WeakMap<JsonSchema, Check>();

  const checkOf = (schema: JsonSchema): Check => {
    let check = byObject.get(schema);
    if (check) return check;
    const key = JSON.stringify(schema);
    let entry = compiled.get(key);
    if (!entry) {
      entry = { schema, check: validator.getValidator(schema as never) };
      compiled.set(key, entry);
    }
    check = entry.check;
    byObject.set(schema, check);
    return check;
  };

  const described = (
    schema: JsonSchema,
    validate: (value: unknown) => { value: unknown } | { issues: { message: string }[] }
  ) =>
    ({
      '~standard': {
        version: 1,
        vendor: 'access-tokens',
        jsonSchema: { input: () => schema, output: () => schema },
        validate,
      },
    }) as StandardSchemaWithJSON;

  return {
    /** Arguments: checked against the schema before the tool runs; a mismatch is a tool error naming it. */
    input: (schema: JsonSchema) =>
      described(schema, (value) => {
        const result = checkOf(schema)(value);
        return result.valid ? { value: result.data } : { issues: [{ message: result.errorMessage ?? 'invalid' }] };
      }),
    /** Answers: described to the agent, not re-checked (they are the sanitizers' output, shaped by the same spec). */
    output: (schema: JsonSchema) => described(schema, (value) => ({ value })),
  };
};

export type ArgumentSchemas = ReturnType<typeof createArgumentSchemas>;
