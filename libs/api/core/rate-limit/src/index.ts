export * from './lib/address-limit.guard';
export * from './lib/client-ip';
export * from './lib/limiter-store';
export * from './lib/login-throttle';
export * from './lib/rate-limits';
export * from './lib/rate-limit.guard';
export * from './lib/rate-limit.module';
