import { parse, type OperationDefinitionNode } from 'graphql';

import { countRootFields } from '../graphql-root-fields';

/** The root fields of the document's operation named `name` (its only one by default). */
const count = (source: string, name?: string) => {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition' && (name === undefined || definition.name?.value === name)
  )!;
  return countRootFields(operation, document.definitions);
};

describe('countRootFields', () => {
  it('counts each root field, each alias apart', () => {
    expect(count('{ articles { title } }')).toBe(1);
    expect(count('{ a: articles { title } b: articles { title } c: categories { name } }')).toBe(3);
    expect(count('mutation { a: createArticle(data: {}) { id } b: createArticle(data: {}) { id } }')).toBe(2);
  });

  it('counts a field selected twice under one name once: GraphQL runs it once', () => {
    expect(count('{ articles { title } articles { documentId } }')).toBe(1);
  });

  it('does not count nested fields', () => {
    expect(count('{ articles { title category { name articles { title } } } }')).toBe(1);
  });

  it('counts the fields that fragment spreads and inline fragments bring to the root', () => {
    const source = `
      query { ...Two ... on Query { c: categories { name } ...Two } __typename }
      fragment Two on Query { a: articles { title } ...Nested }
      fragment Nested on Query { b: articles { documentId } }
    `;
    expect(count(source)).toBe(4);
  });

  it('counts only the given operation of a document with several', () => {
    const source = 'query Small { articles { title } } query Big { a: articles { title } b: categories { name } }';
    expect(count(source, 'Small')).toBe(1);
    expect(count(source, 'Big')).toBe(2);
  });

  it('ignores a spread of an unknown fragment and stops on a cycle (both refused by validation earlier)', () => {
    expect(count('{ articles { title } ...Missing }')).toBe(1);
    expect(count('{ ...A } fragment A on Query { a: articles { title } ...B } fragment B on Query { ...A }')).toBe(1);
  });
});
