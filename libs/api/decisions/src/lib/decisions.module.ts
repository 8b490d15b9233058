import { Module } from '@nestjs/common';

/** The decisions domain. Import it in apps/api's AppModule once it serves something. */
@Module({
  providers: [],
  exports: [],
})
export class DecisionsModule {}
