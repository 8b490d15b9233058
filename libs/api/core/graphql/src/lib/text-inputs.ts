import { BREAK, visit, type DocumentNode } from 'graphql';
import { DomainException } from './domain.exception';

/** Half of a surrogate pair, alone. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** False for a NUL or a lone surrogate: PostgreSQL stores neither in text or jsonb. */
export function isStorableText(text: string): boolean {
  return !text.includes('\0') && !LONE_SURROGATE.test(text);
}

function refuse(field: string): DomainException {
  return DomainException.badInput(field, `${field} contains a null character or half of a surrogate pair, which cannot be stored`);
}

/**
 * Strings written in the document (arguments, input fields, variable
 * defaults): the first unstorable one's field, and for each variable the
 * argument or input field it is first passed to (`after: $cursor` → "after").
 */
function scanDocument(document: DocumentNode): { refused: string | null; uses: Map<string, string> } {
  const names: string[] = [];
  const uses = new Map<string, string>();
  let refused: string | null = null;
  const leave = () => void names.pop();
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave },
    VariableDefinition: { enter: (node) => void names.push(node.variable.name.value), leave },
    Variable(node, key) {
      if (key === 'variable') return; // the definition itself, not a use
      if (!uses.has(node.name.value)) uses.set(node.name.value, names.at(-1) ?? node.name.value);
    },
    StringValue(node) {
      if (isStorableText(node.value)) return undefined;
      refused = names.at(-1) ?? 'query';
      return BREAK;
    },
  });
  return { refused, uses };
}

/** The field of the first unstorable string (or object key) in the variables, walked without recursion. */
function scanVariables(variables: Readonly<Record<string, unknown>>, uses: Map<string, string>): string | null {
  const pending: [unknown, string][] = Object.entries(variables).map(([name, value]) => [value, uses.get(name) ?? name]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, field] = next;
    if (typeof value === 'string') {
      if (!isStorableText(value)) return field;
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push([item, field]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!isStorableText(key)) return field;
        pending.push([item, key]);
      }
    }
  }
  return null;
}

/**
 * Refuses an operation carrying a string PostgreSQL cannot store, anywhere in
 * its arguments, input objects or variables, with BAD_USER_INPUT naming the
 * argument or input field (`title` for `input.title`). Runs before any
 * resolver, so nothing is half written and no driver error reaches anyone.
 */
export function checkTextInputs(call: { document: DocumentNode; variables: Readonly<Record<string, unknown>> }): void {
  const { refused, uses } = scanDocument(call.document);
  const field = refused ?? scanVariables(call.variables, uses);
  if (field !== null) throw refuse(field);
}
