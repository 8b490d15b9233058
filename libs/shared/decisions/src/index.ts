export * from './lib/decision-rules';
export * from './lib/decide';
export * from './lib/blt';
