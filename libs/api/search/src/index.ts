export * from './lib/search.model';
export * from './lib/search.service';
export * from './lib/search.module';
