import type { LoggerService } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { workerLogger } from './job-log';

function capture(): { lines: string[]; log: LoggerService } {
  const lines: string[] = [];
  const at = (level: string) => (message: unknown) => void lines.push(`${level} ${String(message)}`);
  return { lines, log: { log: at('info'), error: at('error'), warn: at('warn'), debug: at('debug') } };
}

const job = (attempts: number) => ({ id: '7', task_identifier: 'deliver-event', attempts, max_attempts: 3 });

describe('workerLogger', () => {
  it.each([
    ['a failure that will be retried', job(1), 'warn Job 7 (deliver-event) failed, attempt 1 of 3: index down; will retry'],
    ['the last failure', job(3), 'error Job 7 (deliver-event) failed, attempt 3 of 3: index down; no attempts left, kept as permanently failed'],
  ])('logs %s as one line without the stack', (_name, failed, expected) => {
    const { lines, log } = capture();
    const error = new Error('index down\nmore detail');
    workerLogger(log).error(`Failed task 7 with error 'index down':\n  ${error.stack}`, { failure: true, job: failed, error });
    expect(lines).toEqual([expected]);
  });

  it.each([
    ['error', 'error boom'],
    ['warn', 'warn boom'],
    ['info', 'info boom'],
    ['debug', 'debug boom'],
  ] as const)('passes %s on', (level, expected) => {
    const { lines, log } = capture();
    workerLogger(log)[level]('boom');
    expect(lines).toEqual([expected]);
  });

  it('keeps successes at debug', () => {
    const { lines, log } = capture();
    workerLogger(log).info('Completed task 7 (deliver-event) with success', { success: true, job: job(1) });
    expect(lines).toEqual(['debug Completed task 7 (deliver-event) with success']);
  });
});
