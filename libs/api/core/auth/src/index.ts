export * from './lib/public.decorator';
export * from './lib/auth.decorators';
export * from './lib/token-verifier';
export * from './lib/user-sync';
export * from './lib/auth.guard';
export * from './lib/connection-authenticator';
export * from './lib/auth.module';
