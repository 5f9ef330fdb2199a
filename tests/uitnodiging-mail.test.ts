/** Invitations by e-mail: a real SMTP server in the test process receives what Kernplan sends. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/server/app.ts';
import { seedDemo } from '../src/server/demo/demo.ts';
import { createMailer } from '../src/server/mail/mailer.ts';
import { Client } from './support/session-client.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

/** Headers and body of a raw message, with quoted-printable soft breaks and escapes undone. */
function readMessage(raw: string) {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest
    .join('\n\n')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  const header = (name: string) => new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'mi').exec(head)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '';
  return { header, body: Buffer.from(body, 'latin1').toString('utf8') };
}

describe('uitnodigingen per e-mail', () => {
  let testDb: TestDb;
  let smtp: SMTPServer;
  let smtpPort: number;
  const received: Received[] = [];
  let werkruimteId: string;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, done) {
        if (auth.username === 'kernplan' && auth.password === 'smtp-geheim') done(null, { user: auth.username });
        else done(new Error('Onjuiste inloggegevens'));
      },
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (d: Buffer) => chunks.push(d));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            user: session.user as string | undefined,
            raw: Buffer.concat(chunks).toString('latin1'),
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as AddressInfo).port;
    testDb = await createTestDb('pglite');
    await seedDemo(testDb.db);
    const { rows } = await testDb.db.query<{ id: string }>("select id from werkruimtes where soort = 'ivp' limit 1");
    werkruimteId = rows[0]!.id;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(resolve));
    await testDb.drop();
  });

  const invite = async (mailer: ReturnType<typeof createMailer> | null, email: string) => {
    const app = createApp({ db: testDb.db, mailer });
    const coordinator = await Client.signIn(app, 'coordinator@demo.kernplan.nl');
    return coordinator.call('POST', `/werkruimtes/${werkruimteId}/uitnodigingen`, { email, rol: 'partner' });
  };

  it('mailt de link naar de genodigde, met een Nederlands onderwerp, en toont de link ook', async () => {
    const mailer = createMailer({ smtpUrl: `smtp://kernplan:smtp-geheim@127.0.0.1:${smtpPort}`, afzender: 'Kernplan Zwolle <kernplan@zwolle.example>' });
    try {
      const r = await invite(mailer, 'Nieuwe.Partner@Politie.example');
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ email: 'nieuwe.partner@politie.example', gemaild: true, mailstatus: 'verstuurd' });
      const link = r.body.link as string;
      expect(link).toMatch(/^http:\/\/localhost\/uitnodiging\/[A-Za-z0-9_-]+$/);
      expect(received).toHaveLength(1);
      const m = received[0]!;
      expect(m.to).toEqual(['nieuwe.partner@politie.example']);
      expect(m.from).toBe('kernplan@zwolle.example');
      expect(m.user).toBe('kernplan');
      const { header, body } = readMessage(m.raw);
      expect(header('To')).toContain('nieuwe.partner@politie.example');
      expect(header('Subject')).toBe('Uitnodiging voor de werkruimte Integraal Veiligheidsplan Dijkstede 2027-2030 in Kernplan');
      expect(body).toContain(link);
      expect(body).toContain('Carla Coördinator (Gemeente Dijkstede) nodigt u uit om als Partner mee te werken');
      expect(body).toContain('De link is geldig tot en met');
    } finally {
      mailer.close();
    }
  });

  it('bewaart de uitnodiging als mailen mislukt, zegt dat, en logt zonder geheimen', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A port where nothing listens: the connection is refused.
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(resolve));
    const mailer = createMailer({ smtpUrl: `smtp://kernplan:zeer-geheim-wachtwoord@127.0.0.1:${deadPort}`, afzender: 'kernplan@zwolle.example' });
    try {
      const r = await invite(mailer, 'mislukt@partner.example');
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ gemaild: false, mailstatus: 'mislukt' });
      expect(r.body.link).toMatch(/\/uitnodiging\//);
      const stored = await testDb.db.query("select 1 from uitnodigingen where email = 'mislukt@partner.example'");
      expect(stored.rows).toHaveLength(1);
      const logged = warn.mock.calls.map((c) => c.join(' ')).join('\n');
      expect(logged).toMatch(/kon niet worden verstuurd \(E[A-Z]+\)/);
      expect(logged).not.toContain('zeer-geheim-wachtwoord');
      expect(logged).not.toContain(r.body.link as string);
      expect(logged).not.toContain('mislukt@partner.example');
    } finally {
      mailer.close();
      warn.mockRestore();
    }
  });

  it('zegt zonder SMTP-instelling dat er niet is gemaild', async () => {
    const r = await invite(null, 'zonder-mail@partner.example');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ gemaild: false, mailstatus: 'niet-ingesteld' });
  });
});
