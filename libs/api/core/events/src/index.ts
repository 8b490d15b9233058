export * from './lib/outbox-event.entity';
export * from './lib/domain-event';
export * from './lib/outbox';
export * from './lib/outbox-relay';
export * from './lib/events.module';
export * from './lib/unit-of-work';
export * from './lib/transactional-listeners';
export * from './lib/event-consumers';
