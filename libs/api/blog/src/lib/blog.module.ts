import { Module } from '@nestjs/common';

/** The blog domain. Import it in apps/api's AppModule once it serves something. */
@Module({
  providers: [],
  exports: [],
})
export class BlogModule {}
