import { Global, Module } from '@nestjs/common';
import { EventConsumers } from './event-consumers';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { TransactionalListeners } from './transactional-listeners';
import { UnitOfWork } from './unit-of-work';

@Global()
@Module({
  providers: [Outbox, OutboxRelay, EventConsumers, TransactionalListeners, UnitOfWork],
  exports: [Outbox, OutboxRelay, EventConsumers, TransactionalListeners, UnitOfWork],
})
export class EventsModule {}
