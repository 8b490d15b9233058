import { ConfigError, loadConfig } from '@pnyx/api/core/config';
import { JsonLogger } from '@pnyx/api/core/observability';
import { startApi } from './bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  const started = Date.now();
  const api = await startApi(config, { logger, schemaFile: process.env['SCHEMA_FILE'] || false });
  logger.log(`Pnyx is ready at ${config.publicUrl} (${Date.now() - started} ms)`, 'Bootstrap');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`, 'Bootstrap');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    api.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(error instanceof Error ? error : String(error), undefined, 'Bootstrap');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Pnyx failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
