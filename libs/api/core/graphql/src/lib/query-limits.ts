import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
}

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
}

/**
 * Refuses, before anything runs, documents nested deeper than `maxDepth`,
 * using more than `maxAliases` aliases, or asking more than `maxRootFields`
 * top-level fields. Fragments count where they are spread.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    // Returns [depth, aliases]; stops early once a limit is exceeded.
    const measure = (set: SelectionSetNode, depth: number, seen: Set<string>): [number, number] => {
      let maxDepth = depth;
      let aliases = 0;
      for (const selection of set.selections) {
        if (maxDepth > limits.maxDepth || aliases > limits.maxAliases) break;
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) aliases++;
          if (selection.selectionSet) {
            const [d, a] = measure(selection.selectionSet, depth + 1, seen);
            maxDepth = Math.max(maxDepth, d);
            aliases += a;
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const [d, a] = measure(selection.selectionSet, depth, seen);
          maxDepth = Math.max(maxDepth, d);
          aliases += a;
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue; // unknown or cyclic: other rules report it
          const [d, a] = measure(fragment.selectionSet, depth, new Set(seen).add(name));
          maxDepth = Math.max(maxDepth, d);
          aliases += a;
        }
      }
      return [maxDepth, aliases];
    };

    return {
      OperationDefinition(node) {
        if (node.selectionSet.selections.length > limits.maxRootFields) {
          context.reportError(refuse(`The query asks for more than ${limits.maxRootFields} top-level fields`));
          return;
        }
        const [depth, aliases] = measure(node.selectionSet, 1, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(refuse(`The query is nested deeper than ${limits.maxDepth} levels`));
        }
        if (aliases > limits.maxAliases) {
          context.reportError(refuse(`The query uses more than ${limits.maxAliases} aliases`));
        }
      },
    };
  };
}
