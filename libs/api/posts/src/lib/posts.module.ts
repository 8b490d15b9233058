import { Module } from '@nestjs/common';

/** The posts domain. Import it in apps/api's AppModule once it serves something. */
@Module({
  providers: [],
  exports: [],
})
export class PostsModule {}
