import { Global, Module } from '@nestjs/common';
import { DeadLetterResolver } from './dead-letter.resolver';
import { DeadLetters } from './dead-letters';
import { EventConsumers } from './event-consumers';
import { EventDelivery } from './event-delivery';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { TransactionalListeners } from './transactional-listeners';
import { UnitOfWork } from './unit-of-work';

/** Needs the JobsModule (global): consumers run as jobs. */
@Global()
@Module({
  providers: [Outbox, OutboxRelay, EventConsumers, EventDelivery, DeadLetters, DeadLetterResolver, TransactionalListeners, UnitOfWork],
  exports: [Outbox, OutboxRelay, EventConsumers, TransactionalListeners, UnitOfWork],
})
export class EventsModule {}
