// Types and typed documents generated from apps/api/schema.gql by `npm run codegen`.
export * from './generated';
