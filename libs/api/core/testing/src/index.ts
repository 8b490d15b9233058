// Test support shared by the API integration suites, the browser journeys
// and module specs that need a real PostgreSQL.
export * from './lib/test-database';
export { freePort } from '@pnyx/api/core/database';
