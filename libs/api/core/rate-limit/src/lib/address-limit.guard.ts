import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RateLimits } from './rate-limits';

/**
 * For public HTTP endpoints outside GraphQL (`@UseGuards(AddressLimitGuard)`):
 * each request takes one point of its client address's per-minute budget;
 * beyond it, 429 with `Retry-After`, as GraphQL answers.
 */
@Injectable()
export class AddressLimitGuard implements CanActivate {
  constructor(private readonly limits: RateLimits) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const refusal = await this.limits.checkAddress(this.limits.clientIp(req));
    if (!refusal) return true;
    http.getResponse<Response>().setHeader('retry-after', String(refusal.retryAfterSeconds));
    throw new HttpException(`Too many requests from this address: try again in ${refusal.retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS);
  }
}
