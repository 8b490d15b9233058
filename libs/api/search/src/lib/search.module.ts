import { Module } from '@nestjs/common';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Search over the index (kept by the search-index library from committed events). */
@Module({ providers: [SearchService, SearchResolver] })
export class SearchModule {}
