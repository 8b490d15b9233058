import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@pnyx/api/core/database';
import { createFreshDatabase, serverAnswers, type FreshDatabase } from '@pnyx/api/core/testing';
import { NotificationMailJobs } from '@pnyx/api/notifications';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { propose, type As } from '../decisions/decision-factories';
import { buildPost } from '../posts/post-factories';
import { buildSpace, type BuiltSpace } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

interface Received {
  to: string[];
  raw: string;
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A database of its own: notification mail is sent by whichever process's
 * job worker picks the job, so this suite's API must be the only one on it.
 */
async function ownDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (await serverAnswers()) {
    const db: FreshDatabase = await createFreshDatabase('pnyx_mail');
    return { url: db.url, drop: () => db.drop() };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres(null, 20);
  return { url: embedded.url, drop: () => embedded.close() };
}

/** The headers unfolded, then the body with quoted-printable decoded as UTF-8 (what a mail client shows). */
function readable(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return `${head}${Buffer.from(body, 'latin1').toString('utf8')}`;
}

describe('notification e-mail through a real SMTP server', () => {
  let smtp: SMTPServer;
  const received: Received[] = [];
  let db: { url: string; drop: () => Promise<void> };
  let api: TestApi;
  let as: As;
  let team: BuiltSpace;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: readable(raw) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    const port = (smtp.server.address() as { port: number }).port;
    db = await ownDatabase();
    api = await startTestApi({ DATABASE_URL: db.url, SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Pnyx <pnyx@bank.example>' });
    as = async (username, query, variables) => api.gql(await api.token(username), query, variables);
    team = await buildSpace(api, { owner: 'carol', members: ['alice', 'bob'] });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const mailsTo = (address: string) => received.filter((m) => m.to.includes(address));

  it('mails an advice request at once, in both parts, with a one-click unsubscribe that works', async () => {
    const before = mailsTo('alice@pnyx.example').length;
    const p = await propose(as, 'carol', team.id, { process: 'ADVICE', advisorUsernames: ['alice'], title: 'Neue Kaffeemaschine' });
    const mail = await until('the advice mail', async () => mailsTo('alice@pnyx.example').slice(before).find((m) => m.raw.includes('Neue Kaffeemaschine')));
    expect(mail.raw).toMatch(/^From: Pnyx <pnyx@bank\.example>/m);
    expect(mail.raw).toMatch(/multipart\/alternative/);
    expect(mail.raw).toMatch(/text\/plain/);
    expect(mail.raw).toMatch(/text\/html/);
    expect(mail.raw).toContain('Carol Conrad asks for your advice');
    expect(mail.raw).toContain(`/decisions/${p.id}`);
    const link = mail.raw.match(/^List-Unsubscribe: <([^>]+)>/m)?.[1];
    expect(link).toMatch(/\/mail\/unsubscribe\?u=[0-9a-f-]{36}&k=ADVICE_REQUESTED&t=/);
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);

    // The link's page asks first (a link scanner changes nothing); a forged token changes nothing either.
    const path = link!.replace(/^https?:\/\/[^/]+/, '');
    expect(await (await fetch(`${api.url}${path}`)).text()).toContain('<form method="post"');
    const forged = await fetch(`${api.url}${path.replace(/t=[^&]+/, 't=forged')}`, { method: 'POST' });
    expect(await forged.text()).toContain('not valid');
    const settings = '{ notificationSettings { language preferences { kind inApp email } } }';
    const pref = async () =>
      (await as<{ notificationSettings: { preferences: { kind: string; email: string }[] } }>('alice', settings)).data!.notificationSettings.preferences.find((x) => x.kind === 'ADVICE_REQUESTED');
    expect(await pref()).toMatchObject({ email: 'IMMEDIATE' });
    // One click, as a mail client does it (RFC 8058).
    const click = await fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(click.status).toBe(200);
    expect(await click.text()).toContain('Unsubscribed');
    expect(await pref()).toMatchObject({ email: 'OFF', inApp: true });

    // The next advice request still reaches alice in the app, but by no mail.
    const second = await propose(as, 'carol', team.id, { process: 'ADVICE', advisorUsernames: ['alice'], title: 'Neuer Drucker' });
    await until('the in-app notification', async () => {
      const list = await as<{ notifications: { nodes: { path: string }[] } }>('alice', '{ notifications(first: 20) { nodes { path } } }');
      return list.data?.notifications.nodes.some((x) => x.path.includes(second.id));
    });
    const [row] = await api.dataSource.query(`SELECT email, emailed_at FROM notification WHERE path LIKE $1 AND kind = 'ADVICE_REQUESTED'`, [`%${second.id}%`]);
    expect(row).toEqual({ email: 'OFF', emailed_at: null });
  });

  it('writes in the recipient’s language', async () => {
    expect((await as('bob', 'mutation { setNotificationLanguage(language: "de") }')).data).toEqual({ setNotificationLanguage: 'de' });
    expect(errorOf(await as('bob', 'mutation { setNotificationLanguage(language: "fr") }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    await propose(as, 'carol', team.id, { process: 'ADVICE', advisorUsernames: ['bob'], title: 'Betriebsausflug' });
    const mail = await until('the German mail', async () => mailsTo('bob@pnyx.example').find((m) => m.raw.includes('Betriebsausflug')));
    expect(mail.raw).toContain('Carol Conrad bittet um Ihren Rat');
    expect(mail.raw).toContain('In Pnyx öffnen');
  });

  it('collects the daily digest once: mentions wait for it, a second run sends nothing more', async () => {
    const mention = await buildPost(as, 'carol', { body: 'Danke @alice für die Zahlen!' });
    await until('the DAILY mention row', async () => {
      const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'MENTION' AND email = 'DAILY' AND emailed_at IS NULL AND path LIKE $1`, [`%${mention.id}%`]);
      return row.n === 1;
    });
    const jobs = api.app.get(NotificationMailJobs);
    const before = mailsTo('alice@pnyx.example').length;
    expect(await jobs.runDigest()).toBeGreaterThanOrEqual(1);
    const digests = mailsTo('alice@pnyx.example').slice(before);
    expect(digests).toHaveLength(1);
    expect(digests[0].raw).toMatch(/Your Pnyx digest: \d+ notification/);
    expect(digests[0].raw).toContain('Carol Conrad mentioned you');
    expect(digests[0].raw).toMatch(/k=ALL/);
    await jobs.runDigest();
    expect(mailsTo('alice@pnyx.example').slice(before)).toHaveLength(1);
  });

  it('respects "not in the app": no bell entry, and "off" writes nothing at all', async () => {
    await as('carol', 'mutation($i: NotificationPreferenceInput!) { updateNotificationPreference(input: $i) { kind } }', { i: { kind: 'MENTION', inApp: false, email: 'OFF' } });
    const post = await buildPost(as, 'alice', { body: 'Frage an @carol: passt das?' });
    const marker = await buildPost(as, 'alice', { body: 'Und @bob bitte auch.' });
    await until('bob’s mention', async () => {
      const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE path LIKE $1`, [`%${marker.id}%`]);
      return row.n === 1;
    });
    const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE path LIKE $1`, [`%${post.id}%`]);
    expect(row.n).toBe(0);
    expect(errorOf(await as('carol', 'mutation { updateNotificationPreference(input: { kind: MENTION, inApp: true, email: NEVER }) { kind } }')).code).toBe('BAD_USER_INPUT');
  });
});

describe('notification e-mail without SMTP: the outbox folder', () => {
  let db: { url: string; drop: () => Promise<void> };
  let api: TestApi;
  let as: As;
  const outbox = mkdtempSync(join(tmpdir(), 'pnyx-outbox-'));

  beforeAll(async () => {
    db = await ownDatabase();
    api = await startTestApi({ DATABASE_URL: db.url, MAIL_OUTBOX_DIR: outbox });
    as = async (username, query, variables) => api.gql(await api.token(username), query, variables);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
    rmSync(outbox, { recursive: true, force: true });
  });

  it('writes .eml files that admins (only) list in the app', async () => {
    const team = await buildSpace(api, { owner: 'carol', members: ['alice'] });
    await propose(as, 'carol', team.id, { process: 'ADVICE', advisorUsernames: ['alice'], title: 'Parkplatzregelung' });
    const list = await until('the outbox mail', async () => {
      const r = await as<{ mailOutbox: { to: string; subject: string; file: string }[] }>('admin', '{ mailOutbox { to subject file } }');
      return r.data?.mailOutbox.find((m) => m.subject.includes('Parkplatzregelung'));
    });
    expect(list).toMatchObject({ to: 'alice@pnyx.example', file: expect.stringMatching(/\.eml$/) });
    expect(errorOf(await as('alice', '{ mailOutbox { subject } }')).code).toBe('FORBIDDEN');
  });
});
