import type { MailLanguage } from './notification-preferences';

export interface MailNotification {
  kind: string;
  /** Who did it; null for what the schedule did. */
  actorName: string | null;
  /** What it is about: a title or the start of a post. */
  title: string;
  /** Absolute link to it. */
  url: string;
  createdAt: Date;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Phrase = (actor: string, title: string) => string;

const PHRASES: Record<MailLanguage, Record<string, Phrase>> = {
  en: {
    MENTION: (a, t) => `${a} mentioned you: “${t}”`,
    REPLY: (a, t) => `${a} replied to your post “${t}”`,
    COMMENT: (a, t) => `${a} commented on “${t}”`,
    VOTE_REQUESTED: (a, t) => `${a} asks for your vote: “${t}”`,
    ADVICE_REQUESTED: (a, t) => `${a} asks for your advice: “${t}”`,
    PROPOSAL_CLOSING_SOON: (_a, t) => `Closing within 24 hours, and you have not voted: “${t}”`,
    PROPOSAL_CLOSED: (_a, t) => `Decided: “${t}”`,
    PAGE_UPDATED: (a, t) => `${a} updated “${t}”`,
  },
  de: {
    MENTION: (a, t) => `${a} hat Sie erwähnt: „${t}“`,
    REPLY: (a, t) => `${a} hat auf Ihren Beitrag „${t}“ geantwortet`,
    COMMENT: (a, t) => `${a} hat „${t}“ kommentiert`,
    VOTE_REQUESTED: (a, t) => `${a} bittet um Ihre Stimme: „${t}“`,
    ADVICE_REQUESTED: (a, t) => `${a} bittet um Ihren Rat: „${t}“`,
    PROPOSAL_CLOSING_SOON: (_a, t) => `Endet in weniger als 24 Stunden, Sie haben noch nicht abgestimmt: „${t}“`,
    PROPOSAL_CLOSED: (_a, t) => `Entschieden: „${t}“`,
    PAGE_UPDATED: (a, t) => `${a} hat „${t}“ geändert`,
  },
};

const WORDS: Record<MailLanguage, { someone: string; open: string; unsubscribe: string; digest: (n: number) => string; footer: string }> = {
  en: {
    someone: 'Someone',
    open: 'Open in Pnyx',
    unsubscribe: 'Stop these e-mails',
    digest: (n) => `Your Pnyx digest: ${n} ${n === 1 ? 'notification' : 'notifications'}`,
    footer: 'You receive this because of your notification settings in Pnyx.',
  },
  de: {
    someone: 'Jemand',
    open: 'In Pnyx öffnen',
    unsubscribe: 'Diese E-Mails abbestellen',
    digest: (n) => `Ihre Pnyx-Zusammenfassung: ${n} ${n === 1 ? 'Benachrichtigung' : 'Benachrichtigungen'}`,
    footer: 'Sie erhalten diese E-Mail wegen Ihrer Benachrichtigungs-Einstellungen in Pnyx.',
  },
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
/** Titles come from users: one line, no control characters, at most 120 characters. */
// eslint-disable-next-line no-control-regex
const clean = (text: string) => [...text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()].slice(0, 120).join('');

/** One notification's line, in the recipient's language. */
export function describe(n: MailNotification, language: MailLanguage): string {
  const phrase = PHRASES[language][n.kind] ?? PHRASES[language]['COMMENT'];
  return phrase(clean(n.actorName ?? WORDS[language].someone), clean(n.title));
}

/** A mail about one notification: plain text and HTML, with the unsubscribe link for its kind. */
export function renderNotificationMail(n: MailNotification, language: MailLanguage, unsubscribeUrl: string): RenderedMail {
  const w = WORDS[language];
  const line = describe(n, language);
  return {
    subject: line,
    text: `${line}\n\n${w.open}: ${n.url}\n\n--\n${w.footer}\n${w.unsubscribe}: ${unsubscribeUrl}\n`,
    html: page(language, `<p>${escapeHtml(line)}</p><p><a href="${escapeHtml(n.url)}">${escapeHtml(w.open)}</a></p>`, unsubscribeUrl),
  };
}

/** The daily digest: every notification since the last one, newest first. */
export function renderDigestMail(items: readonly MailNotification[], language: MailLanguage, unsubscribeUrl: string): RenderedMail {
  const w = WORDS[language];
  const lines = items.map((n) => ({ line: describe(n, language), url: n.url }));
  return {
    subject: w.digest(items.length),
    text: `${w.digest(items.length)}\n\n${lines.map((l) => `- ${l.line}\n  ${l.url}`).join('\n')}\n\n--\n${w.footer}\n${w.unsubscribe}: ${unsubscribeUrl}\n`,
    html: page(language, `<p>${escapeHtml(w.digest(items.length))}</p><ul>${lines.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.line)}</a></li>`).join('')}</ul>`, unsubscribeUrl),
  };
}

function page(language: MailLanguage, body: string, unsubscribeUrl: string): string {
  const w = WORDS[language];
  return `<!doctype html><html lang="${language}"><body style="font-family:sans-serif">${body}<hr><p style="color:#666;font-size:12px">${escapeHtml(w.footer)} <a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(w.unsubscribe)}</a></p></body></html>`;
}
