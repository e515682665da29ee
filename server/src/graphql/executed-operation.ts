/** `query`, `mutation` or `subscription`: the type of the GraphQL operation a request executes. */
export type GraphqlOperationType = 'query' | 'mutation' | 'subscription';

/** Keyed by the Koa context of the /graphql request, so an entry goes with its request. */
const executedOperations = new WeakMap<object, GraphqlOperationType>();

interface ResolvedOperation {
  operation: { operation: GraphqlOperationType };
  contextValue: { koaContext?: object };
}

/**
 * An Apollo Server plugin that records which operation a request executes, once Apollo has resolved it
 * (the one `operationName` names in a document with several). The strategy's `verify` reads it, so a
 * read-only token is judged by the operation, not by the HTTP method (GraphQL queries are POSTs too).
 * A request that executes several operations (Apollo's opt-in batching) keeps the first one that is not a
 * query, so operations resolved concurrently can never make a mutation pass for a query.
 */
export const recordExecutedOperation = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }: ResolvedOperation) {
        const ctx = contextValue.koaContext;
        if (!ctx) return;
        const recorded = executedOperations.get(ctx);
        if (recorded === undefined || recorded === 'query') executedOperations.set(ctx, operation.operation);
      },
    };
  },
};

/** The GraphQL operation the request executes, or undefined for any other request. */
export const executedGraphqlOperation = (ctx: object | undefined): GraphqlOperationType | undefined =>
  ctx ? executedOperations.get(ctx) : undefined;
