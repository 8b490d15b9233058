import { DomainException } from './domain.exception';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw DomainException.badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}
