import { describe, expect, it } from 'vitest';
import { describe as describeNotification, renderDigestMail, renderNotificationMail, type MailNotification } from './notification-mail';
import { nextDigestAt, tokenMatches, unsubscribeToken } from './notification-mail.jobs';

const n = (over: Partial<MailNotification> = {}): MailNotification => ({
  kind: 'ADVICE_REQUESTED',
  actorName: 'Carol Conrad',
  title: 'Vier-Tage-Woche',
  url: 'http://localhost:3000/decisions/abc#vote',
  createdAt: new Date('2026-11-30T10:00:00Z'),
  ...over,
});

describe('notification mail', () => {
  it('writes each kind in English and German', () => {
    expect(describeNotification(n(), 'en')).toBe('Carol Conrad asks for your advice: “Vier-Tage-Woche”');
    expect(describeNotification(n(), 'de')).toBe('Carol Conrad bittet um Ihren Rat: „Vier-Tage-Woche“');
    expect(describeNotification(n({ kind: 'PROPOSAL_CLOSING_SOON', actorName: null }), 'de')).toContain('Endet in weniger als 24 Stunden');
    for (const kind of ['MENTION', 'REPLY', 'COMMENT', 'VOTE_REQUESTED', 'PROPOSAL_CLOSED', 'PAGE_UPDATED']) {
      expect(describeNotification(n({ kind }), 'en')).not.toBe(describeNotification(n({ kind }), 'de'));
    }
  });

  it('has a plain-text and an HTML part, escapes what users wrote, and links the unsubscribe URL', () => {
    const mail = renderNotificationMail(n({ title: '<img src=x onerror=alert(1)> & co', actorName: 'Eve "the" <b>' }), 'en', 'http://localhost/mail/unsubscribe?u=1&k=MENTION&t=x');
    expect(mail.subject).toBe('Eve "the" <b> asks for your advice: “<img src=x onerror=alert(1)> & co”');
    expect(mail.text).toContain('http://localhost:3000/decisions/abc#vote');
    expect(mail.text).toContain('http://localhost/mail/unsubscribe?u=1&k=MENTION&t=x');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(mail.html).toContain('href="http://localhost/mail/unsubscribe?u=1&amp;k=MENTION&amp;t=x"');
  });

  it('keeps a title to one line of at most 120 characters (no header injection through the subject)', () => {
    const mail = renderNotificationMail(n({ title: `line one\r\nBcc: eve@evil.example\n${'x'.repeat(300)}` }), 'en', 'u');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.length).toBeLessThan(200);
  });

  it('digests: a count in the subject, one line per notification', () => {
    const mail = renderDigestMail([n(), n({ kind: 'MENTION', title: 'Hallo' })], 'de', 'u');
    expect(mail.subject).toBe('Ihre Pnyx-Zusammenfassung: 2 Benachrichtigungen');
    expect(mail.text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
    expect(renderDigestMail([n()], 'en', 'u').subject).toBe('Your Pnyx digest: 1 notification');
  });
});

describe('unsubscribe tokens and the digest clock', () => {
  it('binds a token to its person, kind and secret', () => {
    const t = unsubscribeToken('s1', 'u1', 'MENTION');
    expect(tokenMatches('s1', 'u1', 'MENTION', t)).toBe(true);
    expect(tokenMatches('s1', 'u1', 'COMMENT', t)).toBe(false);
    expect(tokenMatches('s1', 'u2', 'MENTION', t)).toBe(false);
    expect(tokenMatches('s2', 'u1', 'MENTION', t)).toBe(false);
    expect(tokenMatches('s1', 'u1', 'MENTION', 'short')).toBe(false);
  });

  it('sends the digest at the next 07:00 UTC', () => {
    expect(nextDigestAt(new Date('2026-11-30T06:59:00Z')).toISOString()).toBe('2026-11-30T07:00:00.000Z');
    expect(nextDigestAt(new Date('2026-11-30T07:00:00Z')).toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(nextDigestAt(new Date('2026-12-31T23:00:00Z')).toISOString()).toBe('2027-01-01T07:00:00.000Z');
  });
});
