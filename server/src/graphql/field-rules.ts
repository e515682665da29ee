import type { Core } from '@strapi/strapi';

import { getService } from '../utils';

import type { Ctx } from '../utils/koa';

/** The few shapes of a GraphQL document and schema this reads; `graphql` itself is GraphQL's plugin's to load. */
interface Selection {
  kind: string;
  name?: { value: string };
  typeCondition?: { name: { value: string } };
  selectionSet?: { selections: readonly Selection[] };
}
interface Definition extends Selection {
  operation?: 'query' | 'mutation' | 'subscription';
}
interface TypeRef {
  name?: string;
  ofType?: TypeRef;
}
interface Schema {
  getType(name: string): { getFields?(): Record<string, { type: TypeRef }> } | undefined;
  getQueryType(): { name: string } | null | undefined;
  getMutationType(): { name: string } | null | undefined;
}
interface ResolvedOperation {
  document: { definitions: readonly Definition[] };
  operation: Definition;
  schema: Schema;
  contextValue: { koaContext?: Ctx };
}

const namedType = (type: TypeRef): string | undefined => (type.ofType ? namedType(type.ofType) : type.name);

/** What Strapi's GraphQL plugin answers for a ValidationError, with the HTTP status of the same refusal over REST. */
const unreadableSelection = (fields: string[]) => {
  const message = `This access token may not read ${fields.join(', ')}`;
  return Object.assign(new Error(message), {
    extensions: {
      code: 'BAD_USER_INPUT',
      error: { name: 'ValidationError', message, details: { fields } },
      http: { status: 400 },
    },
  });
};

/**
 * An Apollo Server plugin: a custom token's query may select only fields it may read. GraphQL resolves an entry's
 * fields without Strapi's output sanitizers, so the selection is judged before any resolver runs, fragments
 * included (`<relation>_connection` is its relation), and refused as a whole with 400 naming `Type.field`.
 * Arguments (filters, sort) pass Strapi's query validation, where the permissions judge them as over REST.
 */
export const createFieldRules = (strapi: Core.Strapi) => {
  let uidByTypeName: Map<string, string> | undefined;
  const uidOf = (typeName: string) => {
    if (!uidByTypeName) {
      const { naming } = strapi.plugin('graphql').service('utils') as {
        naming: { getTypeName(model: unknown): string };
      };
      uidByTypeName = new Map(
        Object.entries(strapi.contentTypes).map(([uid, model]) => [naming.getTypeName(model), uid])
      );
    }
    return uidByTypeName.get(typeName);
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, contextValue }: ResolvedOperation) {
          const permissions = getService('permissions', { strapi });
          const token = permissions.customTokenOf(contextValue.koaContext?.state.auth);
          if (!token || !permissions.narrowsReads(token)) return;

          const fragments = new Map(
            document.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name!.value, d])
          );
          const refused = new Set<string>();
          const seen = new Set<string>();
          const walk = (selections: readonly Selection[], typeName: string) => {
            const uid = uidOf(typeName);
            const fields = schema.getType(typeName)?.getFields?.() ?? {};
            for (const selection of selections) {
              if (selection.kind === 'Field') {
                const name = selection.name!.value;
                const attribute = name.replace(/_connection$/, '');
                const model = uid ? (strapi.getModel(uid as never) as { attributes: object } | undefined) : undefined;
                if (model && attribute in model.attributes && !permissions.canRead(token, uid!, attribute))
                  refused.add(`${typeName}.${attribute}`);
                const next = fields[name] && namedType(fields[name].type);
                if (selection.selectionSet && next) walk(selection.selectionSet.selections, next);
              } else if (selection.kind === 'InlineFragment') {
                walk(selection.selectionSet!.selections, selection.typeCondition?.name.value ?? typeName);
              } else if (selection.kind === 'FragmentSpread' && !seen.has(selection.name!.value)) {
                seen.add(selection.name!.value);
                const fragment = fragments.get(selection.name!.value);
                if (fragment) walk(fragment.selectionSet!.selections, fragment.typeCondition!.name.value);
              }
            }
          };
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          if (root && operation.selectionSet) walk(operation.selectionSet.selections, root.name);
          if (refused.size > 0) throw unreadableSelection([...refused]);
        },
      };
    },
  };
};
