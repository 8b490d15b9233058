import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from '@pnyx/api/audit';
import { AuthModule } from '@pnyx/api/core/auth';
import { ConfigModule, type AppConfig } from '@pnyx/api/core/config';
import { DatabaseModule } from '@pnyx/api/core/database';
import { EventsModule } from '@pnyx/api/core/events';
import { DomainExceptionFilter, graphqlModule } from '@pnyx/api/core/graphql';
import { IdempotencyModule } from '@pnyx/api/core/idempotency';
import { JobsModule } from '@pnyx/api/core/jobs';
import { MailModule } from '@pnyx/api/core/mail';
import { HealthController, Metrics, MetricsController, PlatformMetrics } from '@pnyx/api/core/observability';
import { RateLimitModule } from '@pnyx/api/core/rate-limit';
import { RealtimeModule } from '@pnyx/api/core/realtime';
import { DecisionsModule } from '@pnyx/api/decisions';
import { PostsModule } from '@pnyx/api/posts';
import { BlogModule } from '@pnyx/api/blog';
import { FeedModule } from '@pnyx/api/feed';
import { SearchModule } from '@pnyx/api/search';
import { SearchIndexModule } from '@pnyx/api/search-index';
import { IdentityModule } from '@pnyx/api/identity';
import { NotificationsModule } from '@pnyx/api/notifications';
import { SocialModule } from '@pnyx/api/social';
import { SpacesModule } from '@pnyx/api/spaces';
import { WikiModule } from '@pnyx/api/wiki';
import { MIGRATIONS } from '../migrations';
import { DecisionLogPage } from './decision-log-page';
import { ENTITIES } from './entities';
import { WebConfigController } from './web-config.controller';

export interface AppModuleOptions {
  config: AppConfig;
  /** DATABASE_URL, or the embedded PostgreSQL's. */
  databaseUrl: string;
  metrics: Metrics;
  /** Print the sorted schema here (development), or false. */
  schemaFile: string | false;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        DatabaseModule.forRoot(options.databaseUrl, { entities: ENTITIES, migrations: MIGRATIONS }),
        graphqlModule(options.schemaFile),
        AuthModule,
        RateLimitModule,
        JobsModule,
        IdempotencyModule,
        EventsModule,
        RealtimeModule,
        MailModule,
        IdentityModule,
        AuditModule,
        SpacesModule,
        SocialModule,
        SearchIndexModule,
        WikiModule,
        DecisionsModule,
        PostsModule,
        BlogModule,
        FeedModule,
        NotificationsModule,
        SearchModule,
      ],
      controllers: [HealthController, MetricsController, WebConfigController],
      providers: [{ provide: Metrics, useValue: options.metrics }, PlatformMetrics, { provide: APP_FILTER, useClass: DomainExceptionFilter }, DecisionLogPage],
    };
  }
}
