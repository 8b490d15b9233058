import type { LoggerService } from '@nestjs/common';
import { Logger } from 'graphile-worker';
import { jobErrorSummary } from './job-error';

interface WorkerLogMeta {
  failure?: boolean;
  success?: boolean;
  job?: { id: string; task_identifier: string; attempts: number; max_attempts: number };
  error?: unknown;
}

/**
 * graphile-worker's log lines through Nest's logger: a failed job is one
 * line (first line of its error, no stack) — a warning while it will be
 * retried, an error when it has used its last attempt; successes and the
 * runner's chatter go to debug.
 */
export function workerLogger(log: LoggerService): Logger {
  return new Logger(() => (level, message, meta) => {
    const { failure, success, job, error } = (meta ?? {}) as WorkerLogMeta;
    if (failure && job) {
      const reason = jobErrorSummary(error instanceof Error ? error.message : String(error)) ?? 'no message';
      const text = `Job ${job.id} (${job.task_identifier}) failed, attempt ${job.attempts} of ${job.max_attempts}: ${reason}`;
      if (job.attempts >= job.max_attempts) log.error(`${text}; no attempts left, kept as permanently failed`);
      else log.warn(`${text}; will retry`);
      return;
    }
    switch (String(level)) {
      case 'error':
        log.error(message);
        break;
      case 'warning':
        log.warn(message);
        break;
      case 'info':
        if (success) log.debug?.(message);
        else log.log(message);
        break;
      default:
        log.debug?.(message);
    }
  });
}
