import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  NoSchemaIntrospectionCustomRule,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
}

/**
 * A document of more tokens is refused while it is parsed, over HTTP and
 * WebSocket. Real queries have a few hundred (graphql-js's standard
 * introspection query about 400). Validating the 300,000 tokens of a 1 MB
 * document would hold the event loop for seconds, and graphql's own
 * NoFragmentCyclesRule recurses once per fragment in a chain (out of stack
 * near 4,000; a chain costs 8 tokens a fragment).
 */
export const MAX_QUERY_TOKENS = 20_000;

/**
 * Introspection (`__schema`, `__type`) is answered from the schema in memory,
 * so its own nesting (graphql-js's standard query goes 15 levels deep) does
 * not count against `maxDepth`; it has its own bound. Its aliases count like
 * any others, and graphql's MaxIntrospectionDepthRule (among the specified
 * rules) refuses list fields nested 3 deep (`fields { type { fields { type {
 * fields …`), whose answer would multiply.
 */
export const MAX_INTROSPECTION_DEPTH = 20;

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** What a selection set asks for, counting each fragment where it is spread. */
export interface Measure {
  /** Levels of fields (a set of leaves is 1), introspection not counted. */
  depth: number;
  /** Aliases, including those that fragments bring each time they are spread. */
  aliases: number;
  /** Fields at the set's own level, including those in its inline fragments and spreads. */
  fields: number;
  /** Levels under `__schema` / `__type`, counting that field. */
  introspectionDepth: number;
}

const NOTHING: Measure = { depth: 0, aliases: 0, fields: 0, introspectionDepth: 0 };

/** A sum that stays a finite whole number however often fragments multiply it. */
const add = (a: number, b: number) => Math.min(a + b, Number.MAX_SAFE_INTEGER);

/**
 * Measures selection sets of one document. Each fragment is measured once and
 * remembered, so a fragment spread a million times (or a chain of fragments
 * that each spread the next twice) costs no more than its text: a fragment's
 * selections are walked twice (to find its spreads, then to measure it), the
 * operation's once, whatever the answer would be.
 */
export class DocumentMeasure {
  /** Selections walked so far (for tests: at most twice what the document holds). */
  visited = 0;
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  /** null while a fragment is being measured: a cycle, which another rule reports. */
  private readonly measured = new Map<string, Measure | null>();

  constructor(document: DocumentNode) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  of(set: SelectionSetNode): Measure {
    const total = { ...NOTHING };
    const include = (part: Measure) => {
      total.depth = Math.max(total.depth, part.depth);
      total.aliases = add(total.aliases, part.aliases);
      total.fields = add(total.fields, part.fields);
      total.introspectionDepth = Math.max(total.introspectionDepth, part.introspectionDepth);
    };
    for (const selection of set.selections) {
      this.visited++;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const below = selection.selectionSet ? this.of(selection.selectionSet) : NOTHING;
        const aliases = add(below.aliases, selection.alias ? 1 : 0);
        if (INTROSPECTION_ROOTS.has(name)) {
          include({ depth: 1, aliases, fields: 1, introspectionDepth: 1 + below.depth });
        } else {
          include({ depth: 1 + below.depth, aliases, fields: 1, introspectionDepth: below.introspectionDepth });
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        include(this.of(selection.selectionSet));
      } else {
        include(this.fragment(selection.name.value));
      }
    }
    return total;
  }

  /**
   * Measures fragment `name` and, first, every fragment it spreads — found
   * with an explicit stack, so that a legal chain of thousands of fragments
   * does not recurse thousands deep.
   */
  private fragment(name: string): Measure {
    const known = this.measured.get(name);
    if (known !== undefined) return known ?? NOTHING;
    const finished: FragmentDefinitionNode[] = [];
    const open: { definition: FragmentDefinitionNode; spreads: string[] }[] = [];
    const enter = (spread: string) => {
      const definition = this.fragments.get(spread);
      if (!definition || this.measured.has(spread)) return; // unknown (another rule reports it), measured, or open: a cycle
      this.measured.set(spread, null);
      open.push({ definition, spreads: this.spreadsIn(definition.selectionSet) });
    };
    enter(name);
    while (open.length) {
      const top = open[open.length - 1];
      const spread = top.spreads.pop();
      if (spread === undefined) finished.push((open.pop() as typeof top).definition);
      else enter(spread);
    }
    // Every fragment after those it spreads: measuring one finds the others done.
    for (const definition of finished) this.measured.set(definition.name.value, this.of(definition.selectionSet));
    return this.measured.get(name) ?? NOTHING;
  }

  /** The fragments spread anywhere in `set`. */
  private spreadsIn(set: SelectionSetNode): string[] {
    const spreads: string[] = [];
    const sets = [set];
    for (let next = sets.pop(); next; next = sets.pop()) {
      for (const selection of next.selections) {
        this.visited++;
        if (selection.kind === Kind.FRAGMENT_SPREAD) spreads.push(selection.name.value);
        else if (selection.selectionSet) sets.push(selection.selectionSet);
      }
    }
    return spreads;
  }
}

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
}

/**
 * Refuses, before anything runs, documents asking more than `maxRootFields`
 * top-level fields (inline fragments and spreads at the top included), nested
 * deeper than `maxDepth`, or using more than `maxAliases` aliases; fragments
 * count where they are spread, computed in one walk of the document.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const measure = new DocumentMeasure(context.getDocument());
    return {
      OperationDefinition(node) {
        const asked = measure.of(node.selectionSet);
        if (asked.fields > limits.maxRootFields) {
          context.reportError(refuse(`The query asks for more than ${limits.maxRootFields} top-level fields`));
          return false;
        }
        if (asked.depth > limits.maxDepth) {
          context.reportError(refuse(`The query is nested deeper than ${limits.maxDepth} levels`));
        }
        if (asked.introspectionDepth > MAX_INTROSPECTION_DEPTH) {
          context.reportError(refuse(`The introspection query is nested deeper than ${MAX_INTROSPECTION_DEPTH} levels`));
        }
        if (asked.aliases > limits.maxAliases) {
          context.reportError(refuse(`The query uses more than ${limits.maxAliases} aliases`));
        }
        return false;
      },
    };
  };
}

/**
 * The validation rules added to graphql's specified ones, over both
 * transports (Apollo adds the specified rules itself over HTTP): the query
 * limits, and, with GRAPHQL_INTROSPECTION=false, no `__schema` / `__type`.
 */
export function validationRules(config: QueryLimits & { introspection: boolean }): ValidationRule[] {
  return [queryLimitsRule(config), ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
}
