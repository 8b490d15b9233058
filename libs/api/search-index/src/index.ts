export * from './lib/search-document.entity';
