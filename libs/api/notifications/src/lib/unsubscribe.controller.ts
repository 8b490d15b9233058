import { Controller, Get, Header, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { Public } from '@pnyx/api/core/auth';
import { AddressLimitGuard } from '@pnyx/api/core/rate-limit';
import { NotificationPreferencesService } from './notification-preferences.service';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

/** What the link carries; every value is checked by the service. */
interface UnsubscribeQuery {
  u?: string;
  k?: string;
  t?: string;
}

/**
 * The unsubscribe link in every notification e-mail. GET shows a button
 * (link scanners must not unsubscribe anyone); POST — the button, or a mail
 * client's one-click request (RFC 8058) — turns that kind's e-mail off.
 * Public, so each request counts against its address's rate limit.
 */
@Controller('mail/unsubscribe')
@UseGuards(AddressLimitGuard)
export class UnsubscribeController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Public()
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  confirm(@Query() q: UnsubscribeQuery): string {
    const params = new URLSearchParams({ u: String(q.u ?? ''), k: String(q.k ?? ''), t: String(q.t ?? '') });
    return page(
      'Stop these e-mails? / Diese E-Mails abbestellen?',
      `<form method="post" action="/mail/unsubscribe?${escape(params.toString())}"><button type="submit">Unsubscribe / Abbestellen</button></form>`,
    );
  }

  @Public()
  @Post()
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async unsubscribe(@Query() q: UnsubscribeQuery): Promise<string> {
    const done = await this.preferences.unsubscribe(String(q.u ?? ''), String(q.k ?? ''), String(q.t ?? ''));
    return done
      ? page('Unsubscribed / Abbestellt', '<p>You will get no more of these e-mails. Change this any time in Pnyx under notification settings.</p>')
      : page('Link not valid / Link ungültig', '<p>This link is not valid. Change your e-mail settings in Pnyx under notification settings.</p>');
  }
}
