export * from './lib/search-document.entity';
export * from './lib/search-sources';
export * from './lib/search-text';
export * from './lib/search-index.repository';
export * from './lib/search-index.consumer';
export * from './lib/search-index.module';
