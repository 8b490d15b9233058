import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { pageContentSelected, pageSpaceSelected, revisionAuthorSelected, revisionBodySelected, selectsAny } from './field-selection';

/** The resolve info of the first top-level field of `query`, as graphql-js hands it to a resolver. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const field = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments };
}

describe('selectsAny', () => {
  it.each([
    ['a direct field', '{ page { id body } }', true],
    ['an aliased field', '{ page { id text: body } }', true],
    ['a field in a named fragment', '{ page { id ...F } } fragment F on Page { title body }', true],
    ['a field in a nested fragment', '{ page { ...F } } fragment F on Page { ...G } fragment G on Page { body }', true],
    ['a field in an inline fragment', '{ page { ... on Page { body } } }', true],
    ['a field under @include (fetched to be safe)', 'query($b: Boolean!) { page { body @include(if: $b) } }', true],
    ['only other fields', '{ page { id title html } }', false],
    ['the name deeper down only', '{ page { id revisions { body } } }', false],
    ['fragments that cycle back', '{ page { ...F } } fragment F on Page { id ...F }', false],
  ])('%s: %s', (_name, query, expected) => {
    expect(selectsAny(infoOf(query), new Set(['body']))).toBe(expected);
  });
});

describe('pageContentSelected / revisionBodySelected / revisionAuthorSelected', () => {
  it('asks for html alone when only html is shown', () => {
    expect(pageContentSelected(infoOf('{ page { id html revisions { body } } }'))).toEqual({ body: false, html: true });
  });

  it('asks for the body for the Markdown export', () => {
    expect(pageContentSelected(infoOf('{ page { exportMarkdown } }'))).toEqual({ body: true, html: false });
  });

  it('needs revision bodies for their body or their html, not for a history list', () => {
    expect(revisionBodySelected(infoOf('{ revisions { version summary author { displayName } } }'))).toBe(false);
    expect(revisionBodySelected(infoOf('{ revisions { version html } }'))).toBe(true);
    expect(revisionBodySelected(infoOf('{ revisions { version body } }'))).toBe(true);
  });

  it('joins the space for the fields that need it', () => {
    expect(pageSpaceSelected(infoOf('{ page { id canEdit } }'))).toBe(true);
    expect(pageSpaceSelected(infoOf('{ page { id space { key } } }'))).toBe(true);
    expect(pageSpaceSelected(infoOf('{ page { id title html backlinks { space { key } } } }'))).toBe(false);
  });

  it('joins the authors only for a list that shows them', () => {
    expect(revisionAuthorSelected(infoOf('{ revisions { version author { displayName } } }'))).toBe(true);
    expect(revisionAuthorSelected(infoOf('{ revisions { version summary } }'))).toBe(false);
  });
});
