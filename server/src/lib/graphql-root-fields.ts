/**
 * The parts of a parsed GraphQL document (graphql-js's AST) read here, typed structurally: the plugin does not
 * depend on `graphql`, which only apps with the GraphQL plugin have.
 */
interface SelectionSet {
  selections: readonly Selection[];
}

interface Selection {
  kind: string;
  name?: { value: string };
  alias?: { value: string };
  selectionSet?: SelectionSet;
}

interface Definition {
  kind: string;
  name?: { value: string };
  selectionSet?: SelectionSet;
}

/**
 * How many root fields an operation runs: each alias apart, and those that fragments (spread or inline) bring to
 * the root. Fields under one response name are merged by GraphQL and run once, so they count once. Directives
 * (`@skip`, `@include`) are not evaluated: a field they may skip counts.
 */
export const countRootFields = (operation: { selectionSet: SelectionSet }, definitions: readonly Definition[]) => {
  const fragments = new Map(
    definitions
      .filter((definition) => definition.kind === 'FragmentDefinition' && definition.name && definition.selectionSet)
      .map((fragment) => [fragment.name!.value, fragment.selectionSet!])
  );
  const responseNames = new Set<string>();
  const spread = new Set<string>();

  const collect = ({ selections }: SelectionSet) => {
    for (const selection of selections) {
      if (selection.kind === 'Field' && selection.name) {
        responseNames.add((selection.alias ?? selection.name).value);
      } else if (selection.kind === 'InlineFragment' && selection.selectionSet) {
        collect(selection.selectionSet);
      } else if (selection.kind === 'FragmentSpread' && selection.name && !spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment);
      }
    }
  };

  collect(operation.selectionSet);
  return responseNames.size;
};
