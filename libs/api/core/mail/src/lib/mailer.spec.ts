import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mailer, decodeHeader } from './mailer';

const MESSAGE = {
  to: 'alice@pnyx.example',
  subject: 'Abstimmung läuft: Vier-Tage-Woche',
  text: 'Bitte stimmen Sie ab.',
  html: '<p>Bitte <strong>stimmen</strong> Sie ab.</p>',
  headers: { 'List-Unsubscribe': '<http://127.0.0.1/unsubscribe?token=abc>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
};

describe('Mailer through a real SMTP server', () => {
  let server: SMTPServer;
  let port = 0;
  const received: { from: string; to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('delivers one message with plain-text and HTML parts, the subject encoded, and the unsubscribe headers', async () => {
    const mailer = new Mailer({ mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Pnyx <pnyx@bank.example>', outboxDir: '/nonexistent' } });
    const sent = await mailer.send(MESSAGE);
    mailer.onApplicationShutdown();
    expect(sent.file).toBeNull();
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail.from).toBe('pnyx@bank.example');
    expect(mail.to).toEqual(['alice@pnyx.example']);
    expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);
    expect(mail.raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(decodeHeader(mail.raw.match(/^Subject: (.*)$/m)?.[1] ?? '')).toBe(MESSAGE.subject);
  });
});

describe('Mailer without SMTP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pnyx-outbox-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an .eml file into the outbox folder and lists it, newest first', async () => {
    const mailer = new Mailer({ mail: { smtpUrl: null, from: 'Pnyx <pnyx@localhost>', outboxDir: dir } });
    const first = await mailer.send(MESSAGE);
    const second = await mailer.send({ ...MESSAGE, subject: 'Second' });
    expect(first.file).toMatch(/\.eml$/);
    const raw = readFileSync(join(dir, first.file!), 'utf8');
    expect(raw).toMatch(/^To: alice@pnyx\.example$/m);
    expect(raw).toMatch(/multipart\/alternative/);
    const listed = await mailer.outbox();
    expect(listed.map((m) => m.file)).toEqual([second.file, first.file]);
    expect(listed[1]).toMatchObject({ to: 'alice@pnyx.example', subject: MESSAGE.subject });
    // A long subject with non-ASCII characters is folded over lines in encoded words: read back whole.
    const long = 'Carol Conrad bittet um Ihren Rat: „Parkplatzregelung für das neue Bürogebäude“ — ausführlich';
    await mailer.send({ ...MESSAGE, subject: long });
    expect((await mailer.outbox())[0].subject).toBe(long);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    const mailer = new Mailer({ mail: { smtpUrl: null, from: 'x@y', outboxDir: join(dir, 'missing') } });
    expect(await mailer.outbox()).toEqual([]);
  });
});
