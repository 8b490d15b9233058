export * from './lib/slugify';
export * from './lib/sanitize';
export * from './lib/wiki-link';
export * from './lib/render-markdown';
export * from './lib/text-diff';
export * from './lib/page-rules';
export * from './lib/text-length';
