import { unwrappableBecause } from '../serve-first';

describe('unwrappableBecause: the shape of Strapi’s auth service the serve-first wrapper relies on', () => {
  it('accepts authenticate(ctx, next), as Strapi 5.54 has it', () => {
    expect(unwrappableBecause({ async authenticate(_ctx: unknown, _next: unknown) {} })).toBeNull();
  });

  it('names what is missing or different', () => {
    expect(unwrappableBecause({})).toMatch(/no authenticate function/);
    expect(unwrappableBecause({ authenticate: 'authenticate' })).toMatch(/no authenticate function/);
    expect(unwrappableBecause({ authenticate: async (_ctx: unknown) => ({ authenticated: false }) })).toMatch(
      /1 parameters, not \(ctx, next\)/
    );
    expect(unwrappableBecause({ authenticate: (...args: unknown[]) => args })).toMatch(/0 parameters/);
  });
});
