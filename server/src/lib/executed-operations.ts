/** `query`, `mutation` or `subscription`: the type of the GraphQL operation a request executes. */
export type GraphqlOperationType = 'query' | 'mutation' | 'subscription';

/** Keyed by the Koa context of the /graphql request, so an entry goes with its request. */
const executedOperations = new WeakMap<object, GraphqlOperationType>();

/**
 * Records an operation the request executes (graphql/executed-operation.ts, once Apollo resolved it). A request
 * that executes several (Apollo's opt-in batching) keeps the first one that is not a query, so operations resolved
 * concurrently can never make a mutation pass for a query.
 */
export const recordExecutedOperation = (request: object, operation: GraphqlOperationType) => {
  const recorded = executedOperations.get(request);
  if (recorded === undefined || recorded === 'query') executedOperations.set(request, operation);
};

/** The GraphQL operation the request executes, or undefined for any other request. */
export const executedGraphqlOperation = (request: object | undefined): GraphqlOperationType | undefined =>
  request ? executedOperations.get(request) : undefined;
