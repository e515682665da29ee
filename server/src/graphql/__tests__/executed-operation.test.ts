import { executedGraphqlOperation, type GraphqlOperationType } from '../../lib/executed-operations';
import { executedOperationRecorder } from '../executed-operation';

const resolve = async (koaContext: object | undefined, operation: GraphqlOperationType) => {
  const listener = await executedOperationRecorder.requestDidStart();
  await listener.didResolveOperation({ operation: { operation }, contextValue: { koaContext } });
};

describe('executedOperationRecorder', () => {
  it('records the operation Apollo resolved for the request', async () => {
    const ctx = {};
    expect(executedGraphqlOperation(ctx)).toBeUndefined();
    await resolve(ctx, 'query');
    expect(executedGraphqlOperation(ctx)).toBe('query');
    expect(executedGraphqlOperation({})).toBeUndefined();
    expect(executedGraphqlOperation(undefined)).toBeUndefined();
  });

  it('keeps a mutation once one was resolved for the request, whatever is resolved after it', async () => {
    const ctx = {};
    await resolve(ctx, 'query');
    await resolve(ctx, 'mutation');
    await resolve(ctx, 'query');
    expect(executedGraphqlOperation(ctx)).toBe('mutation');
  });

  it('ignores a context without the Koa request', async () => {
    await expect(resolve(undefined, 'mutation')).resolves.toBeUndefined();
  });
});
