import { Global, Module } from '@nestjs/common';
import { SearchIndexConsumer } from './search-index.consumer';
import { SearchIndexRepository } from './search-index.repository';
import { SearchSources } from './search-sources';

/** The search index: content modules register their searchable types with SearchSources; search reads the index. */
@Global()
@Module({
  providers: [SearchSources, SearchIndexRepository, SearchIndexConsumer],
  exports: [SearchSources, SearchIndexRepository, SearchIndexConsumer],
})
export class SearchIndexModule {}
