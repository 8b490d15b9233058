export * from './lib/domain.exception';
export * from './lib/format-error';
export * from './lib/query-limits';
export * from './lib/graphql-context';
export * from './lib/node';
export * from './lib/pagination';
export * from './lib/graphql.config';
export * from './lib/domain-exception.filter';
