import { recordExecutedOperation, type GraphqlOperationType } from '../lib/executed-operations';

interface ResolvedOperation {
  operation: { operation: GraphqlOperationType };
  contextValue: { koaContext?: object };
}

/**
 * An Apollo Server plugin that records which operation a request executes, once Apollo has resolved it
 * (the one `operationName` names in a document with several). The strategy's `verify` reads it, so a
 * read-only token is judged by the operation, not by the HTTP method (GraphQL queries are POSTs too).
 */
export const executedOperationRecorder = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }: ResolvedOperation) {
        if (contextValue.koaContext) recordExecutedOperation(contextValue.koaContext, operation.operation);
      },
    };
  },
};
