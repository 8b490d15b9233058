export * from './lib/user.entity';
export * from './lib/user.model';
export * from './lib/user.mapper';
export * from './lib/user.repository';
export * from './lib/user.loader';
export * from './lib/identity.service';
export * from './lib/identity.module';
