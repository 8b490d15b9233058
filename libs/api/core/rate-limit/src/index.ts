export * from './lib/client-ip';
export * from './lib/limiter-store';
export * from './lib/login-throttle';
export * from './lib/rate-limits';
export * from './lib/rate-limit.plugin';
export * from './lib/rate-limit.module';
